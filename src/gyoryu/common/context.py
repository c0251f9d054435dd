from gyoryu.accounts.queries import scope_for


def once(compute):
    """A context value computed when a template first uses it, and only then (templates call what they are
    given): a page fragment that shows no navigation makes no query for it."""
    done = []

    def value():
        if not done:
            done.append(compute())
        return done[0]

    return value


def roles(request):
    """Templates learn what the account is, to show the right navigation (permissions live in the features'
    permissions.py; templates ask ``perms``), and for whom it acts when it works for several organisers."""
    user = getattr(request, "user", None)
    scope = scope_for(user)
    context = {"scope": scope}
    if scope.is_staff_anywhere:
        from gyoryu.accounts import acting
        from gyoryu.accounts.queries import organisers_for

        choices = once(lambda: list(organisers_for(user)[:50]))
        context["organiser_choices"] = once(lambda: choices() if len(choices()) > 1 else [])
        context["acting_organiser"] = once(lambda: acting.current(request) if len(choices()) > 1 else None)
    return context
