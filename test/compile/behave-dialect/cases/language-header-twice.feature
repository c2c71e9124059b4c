# language: fr
# language: de
Funktionalität: second header
  Szenario: s
    Angenommen a
