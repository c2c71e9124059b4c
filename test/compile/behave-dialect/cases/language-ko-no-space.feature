# language: ko
기능: ko
  시나리오: s
    조건a
    만약 b
