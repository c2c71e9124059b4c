# language: de # comment
Funktionalität: trailing text
  Szenario: s
    Angenommen a
