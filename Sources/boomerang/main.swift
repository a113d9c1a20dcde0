print("boomerang")
