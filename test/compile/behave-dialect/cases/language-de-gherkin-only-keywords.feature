# language: de
Funktion: Deutsch
  Hintergrund:
    Angenommen a
  Beispiel: s
    Angenommen b
