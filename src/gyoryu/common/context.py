from gyoryu.accounts.queries import scope_for


def roles(request):
    """Templates learn what the account is, to show the right navigation (permissions live in the features'
    permissions.py; templates ask ``perms``), and for whom it acts when it works for several organisers."""
    user = getattr(request, "user", None)
    scope = scope_for(user)
    context = {"scope": scope}
    if scope.is_staff_anywhere:
        from gyoryu.accounts import acting
        from gyoryu.accounts.queries import organisers_for

        choices = list(organisers_for(user)[:50])
        if len(choices) > 1:
            context["organiser_choices"] = choices
            context["acting_organiser"] = acting.current(request)
    return context
