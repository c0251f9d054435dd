import os

from django.core.wsgi import get_wsgi_application

from gyoryu.common.serving import web_process

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gyoryu.settings")
application = get_wsgi_application()
web_process()
