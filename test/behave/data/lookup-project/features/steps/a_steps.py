import parse
from behave import given, register_type, step, then, use_step_matcher, when


@parse.with_pattern(r"\d+")
def parse_number(text):
    return int(text)


register_type(Number=parse_number)


@given("I have {n:d} apples")
def have(context, n):
    pass


@when("I eat {n:Number} apples")
def eat(context, n):
    pass


@then("I have {n:d} apples left")
def left(context, n):
    pass


@step("a generic step")
def generic_step(context):
    pass


@given("a generic {thing}")
def generic_given(context, thing):
    pass


@step("the basket holds")
def basket(context):
    pass


@given("a note")
def note(context):
    pass


@then("the {first} and {}")
def first_and(context, first, second):
    pass


@given("{count:d} pears")
def pears(context, count):
    pass


@when('I pick "{name}"')
def pick(context, name):
    pass


use_step_matcher("re")


@given(r"a regex with (?P<n>\d+) and (\w+)")
def regex(context, word, n):
    pass


@then(r"regex end")
def regex_end(context):
    pass


use_step_matcher("cfparse")


@given("numbers {values:Number+}")
def numbers(context, values):
    pass
