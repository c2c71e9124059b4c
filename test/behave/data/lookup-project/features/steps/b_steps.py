from behave import given, step, then


@then("file b step {x}")
def file_b(context, x):
    pass


@given("stacked one")
@given("stacked two")
def stacked(context):
    pass


@step("{anything} in b")
def in_b(context, anything):
    pass


@given("{a} {b} {c}")
def catch_all(context, a, b, c):
    pass
