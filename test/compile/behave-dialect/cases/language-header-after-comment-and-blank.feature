# some comment

# language: de
Funktionalität: header after other comment lines
  Szenario: s
    Angenommen a
