package repair

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// A codec is a single-byte encoding that UTF-8 text may have been wrongly
// decoded with. Bytes below 0x80 are ASCII in all of them.
type codec struct {
	name string
	// sloppy codecs decode the bytes their standard leaves undefined as the
	// Latin-1 character of the same number, and stand U+FFFD for byte 0x1A,
	// so that text that lost bytes to U+FFFD can still be encoded (as ftfy's
	// "sloppy" codecs do).
	sloppy bool
	dec    [128]rune     // the characters of bytes 0x80 to 0xFF
	enc    map[rune]byte // the inverse of dec, and U+FFFD for sloppy codecs
}

// newCodec returns the codec of the character map cm (nil for Latin-1).
func newCodec(name string, cm *charmap.Charmap, sloppy bool) *codec {
	c := &codec{name: name, sloppy: sloppy, enc: make(map[rune]byte, 129)}
	for i := range c.dec {
		b := byte(0x80 + i)
		r := rune(b) // Latin-1
		if cm != nil {
			if d := cm.DecodeByte(b); d != utf8.RuneError {
				r = d
			}
		}
		c.dec[i] = r
		if _, dup := c.enc[r]; !dup {
			c.enc[r] = b
		}
	}
	if sloppy {
		c.enc[utf8.RuneError] = 0x1A
	}
	return c
}

var (
	latin1      = newCodec("latin-1", nil, false)
	windows1252 = newCodec("sloppy-windows-1252", charmap.Windows1252, true)
	iso88592    = newCodec("iso-8859-2", charmap.ISO8859_2, false)
)

// codecs are the encodings tried when fixing mojibake, in the order they are
// tried (ftfy's order).
var codecs = [...]*codec{
	latin1,
	windows1252,
	newCodec("sloppy-windows-1251", charmap.Windows1251, true),
	newCodec("sloppy-windows-1250", charmap.Windows1250, true),
	newCodec("sloppy-windows-1253", charmap.Windows1253, true),
	newCodec("sloppy-windows-1254", charmap.Windows1254, true),
	newCodec("sloppy-windows-1257", charmap.Windows1257, true),
	iso88592,
	newCodec("macroman", charmap.Macintosh, false),
	newCodec("cp437", charmap.CodePage437, false),
}

// latin2Order is the order of codecs for a document that shows mojibake of
// a Latin-2 reading: ISO-8859-2 before Windows-1250, which reads many of the
// same characters as other bytes.
var latin2Order = [...]*codec{
	codecs[0], codecs[1], codecs[7], codecs[2], codecs[3], codecs[4], codecs[5], codecs[6], codecs[8], codecs[9],
}

// clueCodecs are the encodings whose characters make up the clues to
// embedded UTF-8 mojibake (utf8First2 and the like in mojibake.go).
var clueCodecs = []*codec{latin1, windows1252, codecs[2], codecs[3], codecs[4], codecs[5], codecs[6]}

// byteOf returns the byte that c encodes r as.
func (c *codec) byteOf(r rune) (byte, bool) {
	if r < utf8.RuneSelf {
		if r == 0x1A && c.sloppy {
			return 0, false
		}
		return byte(r), true
	}
	b, ok := c.enc[r]
	return b, ok
}

// canEncode reports whether every character of s is in c.
func (c *codec) canEncode(s string) bool {
	for _, r := range s {
		if _, ok := c.byteOf(r); !ok {
			return false
		}
	}
	return true
}

// encode returns s encoded in c, which must be able to encode it, and for
// each byte the offset in s of the character it came from.
func (c *codec) encode(s string) ([]byte, []int) {
	out := make([]byte, 0, len(s))
	src := make([]int, 0, len(s))
	for i, r := range s {
		b, _ := c.byteOf(r)
		out = append(out, b)
		src = append(src, i)
	}
	return out, src
}

// decodeByte returns the character c decodes b as.
func (c *codec) decodeByte(b byte) rune {
	if b < utf8.RuneSelf {
		if b == 0x1A && c.sloppy {
			return utf8.RuneError
		}
		return rune(b)
	}
	return c.dec[b-0x80]
}
