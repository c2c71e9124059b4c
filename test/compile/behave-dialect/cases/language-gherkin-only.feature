# language: af
Funksie: af
  Situasie: s
    Gegewe a
