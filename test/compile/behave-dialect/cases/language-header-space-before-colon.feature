# language : de
Funktionalität: space before colon
  Szenario: s
    Angenommen a
