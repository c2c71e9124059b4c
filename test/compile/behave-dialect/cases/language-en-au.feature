# language: en-au
Crikey: old en-au keywords
  Mate: s
    Ya know how a
    N b
    Ya gotta c
