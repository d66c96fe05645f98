# Production image: gunicorn + whitenoise for the web, the same image runs Celery.
FROM node:22-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM python:3.13-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
WORKDIR /app
RUN pip install --no-cache-dir uv
COPY pyproject.toml uv.lock .python-version ./
RUN uv sync --frozen --no-dev --no-install-project
COPY --from=assets /app/node_modules ./node_modules
COPY . .
# Our own modules compiled once too (PYTHONDONTWRITEBYTECODE: no process writes them later).
RUN DEBUG=0 SECRET_KEY=collectstatic-only MAILBOX_ENCRYPTION_KEY=Y29sbGVjdHN0YXRpYy1vbmx5LWtleS0wMDAwMDAwMDA= \
    .venv/bin/python manage.py collectstatic --noinput \
    && .venv/bin/python -m compileall -q accounts interviews letters reminders inbox coaching insights followup \
    && useradd --create-home followup && mkdir -p var && chown -R followup var
USER followup
ENV PATH="/app/.venv/bin:$PATH"
EXPOSE 8000
CMD ["gunicorn", "followup.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
