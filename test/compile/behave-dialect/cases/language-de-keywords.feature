# language: de
Funktionalität: Deutsch
  Grundlage:
    Angenommen a
    Gegeben sei b
  Szenariogrundriss: o
    Wenn <x>
    Und c
    Aber d
    Dann e
    Beispiele:
      | x |
      | 1 |
  Szenario: s
    Gegeben seien f
