from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from gyoryu.notifications import domain
from gyoryu.notifications.models import Notification


@login_required
def inbox(request):
    notes = Notification.objects.filter(user=request.user)[:200]
    return render(request, "notifications/inbox.html", {"notes": notes})


@login_required
@require_POST
def read_all(request):
    domain.mark_read(user=request.user)
    return redirect("notifications:inbox")
