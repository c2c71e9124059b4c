# Language: de
Funktionalität: header with capital L
  Szenario: s
    Angenommen a
