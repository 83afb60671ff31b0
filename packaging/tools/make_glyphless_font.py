"""Builds resources/fonts/GlyphLess.ttf: two empty glyphs, for invisible PDF text."""
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
fb = FontBuilder(1000, isTTF=True)
fb.setupGlyphOrder([".notdef", "blank"])
fb.setupCharacterMap({})
pen = TTGlyphPen(None)
empty = pen.glyph()
fb.setupGlyf({".notdef": empty, "blank": empty})
fb.setupHorizontalMetrics({".notdef": (1000, 0), "blank": (1000, 0)})
fb.setupHorizontalHeader(ascent=800, descent=-200)
fb.setupNameTable({"familyName": "GlyphLess", "styleName": "Regular"})
fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
fb.setupPost()
fb.save("GlyphLess.ttf")
