"""The WSGI application served by `lantoa serve` or a production server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.project.settings")
application = get_wsgi_application()
