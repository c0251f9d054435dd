"""Charts drawn without a network or a JavaScript library: one layout (layout.py) of rectangles, lines and
text, written as SVG for pages (svg.py) and as a reportlab Drawing for PDFs (drawing.py), so both look alike."""
