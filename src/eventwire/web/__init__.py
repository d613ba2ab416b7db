"""The bundled web page (``static/``): plain HTML, CSS and JavaScript, no CDN, no build step."""
