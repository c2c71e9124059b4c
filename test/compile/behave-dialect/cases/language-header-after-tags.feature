@t
# language: de
Funktionalität: header after tags
  Szenario: s
    Angenommen a
