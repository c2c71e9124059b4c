# language: cs
Požadavek: A také
  Scénář: s
    Pokud x
    A také y
