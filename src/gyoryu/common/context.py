from gyoryu.accounts.queries import scope_for


def roles(request):
    """Templates learn what the account is, to show the right navigation (permissions live in queries)."""
    user = getattr(request, "user", None)
    return {"scope": scope_for(user)}
