package repair

import (
	"reflect"
	"testing"
)

// textCase is one input of Text and the output it should give.
type textCase struct {
	name    string
	in, out string
}

// runCases checks each case's output, the invariants of Text, and that the
// output needs no further repair.
func runCases(t *testing.T, cases []textCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := checkText(t, c.in)
			if got != c.out {
				t.Errorf("Text(%q)\n got %q,\nwant %q", c.in, got, c.out)
			}
			if again, edits := Text(got, Options{}); len(edits) > 0 {
				t.Errorf("Text(%q) = %q, not a fixed point: Text again gives %q", c.in, got, again)
			}
		})
	}
}

func TestLossy(t *testing.T) {
	runCases(t, []textCase{
		// Strong rules: contractions and possessives.
		{"possessive", "Ronald Johnson, Smithâs nominee", "Ronald Johnson, Smith’s nominee"},
		{"n't", "he wouldnât rule it out", "he wouldn’t rule it out"},
		{"capitals", "GOVERNORâS RACE", "GOVERNOR’S RACE"},
		{"they're", "theyâre here", "they’re here"},
		{"I'm", "Iâm sure", "I’m sure"},
		{"we'll", "weâll see", "we’ll see"},
		{"you've", "youâve heard", "you’ve heard"},
		{"she'd", "sheâd go", "she’d go"},
		{"decade", "the 1990âs", "the 1990’s"},
		{"O'Brien", "OâBrien said", "O’Brien said"},
		{"at the end", "it was Smithâs", "it was Smith’s"},

		{"one C1 left", "itâ\u0099s â\u009cgoodâ\u009d", "it’s “good”"},

		// Weak rules, enabled by a strong match in the document.
		{"em dash", "Smithâs plan failedâagain.", "Smith’s plan failed—again."},
		{"em dashes", "Smithâs troops aloneâwhether local or notâcannot win", "Smith’s troops alone—whether local or not—cannot win"},
		{"range", "Kerryâs 2010â2015 term", "Kerry’s 2010–2015 term"},
		{"quotes", "Smithâs aide called it âabsurdâ and left.", "Smith’s aide called it “absurd” and left."},
		{"quote after comma", "âItâs over,â she said.", "“It’s over,” she said."},
		{"plural possessive", "Itâs the leadersâ choice.", "It’s the leaders’ choice."},
		{"spaced dash", "Itâs late â very late.", "It’s late – very late."},
		{"evidence on another line", "Bobâs tweet:\nthe mayorâwho resigned", "Bob’s tweet:\nthe mayor—who resigned"},
		{"attribution", "Bobâs tweet\nâ Bob Jones (@bob) March 1, 2025", "Bob’s tweet\n— Bob Jones (@bob) March 1, 2025"},
		{"no evidence", "the mayorâwho resigned", "the mayorâwho resigned"},
		{"with full mojibake", "Smithâs plan\nIt was â€œgreatâ€\u009d, cafÃ© too.", "Smith’s plan\nIt was “great”, café too."},
		{"with full mojibake of a space", "Smithâs plan\nâ € go", "Smith’s plan\nâ € go"},

		// Two-character remains.
		{"ellipsis", "inside the cityâ¦ https://t.co/x", "inside the city… https://t.co/x"},
		{"ellipsis Latin-2", "inside the cityâŚ https://t.co/x", "inside the city… https://t.co/x"},
		{"bullet", "â¢ First point", "• First point"},
		{"trade mark", "Acmeâ¢ widgets", "Acme™ widgets"},
		{"euro", "costs â¬5 million", "costs €5 million"},

		// What a fixer made of them.
		{"fixed ellipsis", "the city⌠https://t.co/x", "the city… https://t.co/x"},
		{"fixed ellipsis Latin-1", "the city⦠and more", "the city… and more"},
		{"fixed bullet", "⢠First point", "• First point"},
		{"fixed middle dot", "11:58 PM ¡ Feb 27, 2025", "11:58 PM · Feb 27, 2025"},
		{"Spanish", "¡Hola! ¿Qué tal?", "¡Hola! ¿Qué tal?"},

		// Emoji.
		{"flag", "đşđ¸ news", "🇺🇸 news"},
		{"flag Latin-1", "ðºð¸ news", "🇺🇸 news"},
		{"flags and a lost emoji", "đ¨đşđ¸đ˛đ˝ BREAKING", "\uFFFD🇺🇸🇲🇽 BREAKING"},
		{"emoji with its third byte", "so funny đ¤Ł", "so funny 🤣"},
		{"Latin-2 registered sign", "SubX.NewsÂŽ (@x)", "SubX.News® (@x)"},
		{"heart", "I â¤ NY and â¤ď¸ and â¤ï¸.", "I ❤ NY and ❤\ufe0f and ❤\ufe0f."},
		{"selector after an emoji", "so funny đ¤Łď¸!", "so funny 🤣\ufe0f!"},
		{"selector alone", "Smithâs pick ď¸ now", "Smith’s pick  now"},
		{"lost emoji", "Smithâs pick đ BREAKING ð", "Smith’s pick \uFFFD BREAKING \uFFFD"},
		{"lost emoji without evidence", "pick đ BREAKING", "pick đ BREAKING"},
		{"Vietnamese and Icelandic with evidence", "Smithâs đi đến, með Það", "Smith’s đi đến, með Það"},

		// Latin-2 readings, preferred in a document that shows one.
		{"Latin-2 letters", "đşđ¸ MĂŠxico y LĂłpez", "🇺🇸 México y López"},
		{"Latin-2 letters after a symbol", "SubX.NewsÂŽ\nEjĂŠrcito", "SubX.News®\nEjército"},
		{"Latin-2 letters without evidence", "MĂŠxico y LĂłpez", "MĂŠxico y LĂłpez"},
		{"Windows-1250 without evidence", "LiĂ¨ge, HĂ´pital", "Liège, Hôpital"},

		// Text that only looks like it.
		{"French", "Le château et le pâté", "Le château et le pâté"},
		{"French with evidence", "Smithâs visit to the château", "Smith’s visit to the château"},
		{"French words with evidence", "Smithâs friend: la gâteau, Ch âge", "Smith’s friend: la gâteau, Ch âge"},
		{"Romanian", "Brâncuși, România", "Brâncuși, România"},
		{"Vietnamese", "Lâm Đồng và Tây Ninh", "Lâm Đồng và Tây Ninh"},
		{"Vietnamese with evidence", "Smithâs trip to Lâm and Châu", "Smith’s trip to Lâm and Châu"},
		{"Croatian", "Đurđevac i međunarodni", "Đurđevac i međunarodni"},
		{"Icelandic", "Það var gaman, ð°", "Það var gaman, ð°"},
	})
}

func TestMojibake(t *testing.T) {
	runCases(t, []textCase{
		{"Latin-1", "cafÃ© au lait", "café au lait"},
		{"Windows-1252 quotes", "â€œquotedâ€\u009d and itâ€™s", "“quoted” and it’s"},
		{"apostrophe", "The Mona Lisa doesnâ€™t have eyebrows.", "The Mona Lisa doesn’t have eyebrows."},
		{"twice", "doesnÃ¢â‚¬â„¢t", "doesn’t"},
		{"twice, lossy", "Ronald Johnson, TrumpÃ¢s nominee", "Ronald Johnson, Trump’s nominee"},
		{"C1 controls", "\u0093quoted\u0094 and \u0085", "“quoted” and …"},
		{"C1 next to â", "itâ\u0080\u0099s", "it’s"},
		{"emoji", "Nice ðŸ‘\u008d", "Nice 👍"},
		{"mixed with correct text", "It’s a cafÃ© in São Paulo", "It’s a café in São Paulo"},
		{"no-break space", "100Â\u00a0km", "100 km"},
		{"Windows-1251", "Tip 2 вЂ“ Broadcast", "Tip 2 – Broadcast"},
		{"Latin-2 registered sign", "— SubX.NewsÂŽ (@SubxNews)", "— SubX.News® (@SubxNews)"},
		{"lone C1", "a control \u0081 char", "a control \u0081 char"},
	})
}

func TestEntity(t *testing.T) {
	runCases(t, []textCase{
		{"amp", "AT&amp;T", "AT&T"},
		{"bare ampersand", "AT&T and R&D, fish & chips", "AT&T and R&D, fish & chips"},
		{"quot", "&quot;hi&quot;", "\"hi\""},
		{"decimal", "it&#8217;s", "it’s"},
		{"hex", "it&#x2019;s", "it’s"},
		{"named", "caf&eacute; &mdash; &hellip;", "café — …"},
		{"capitals", "P&EACUTE;REZ", "PÉREZ"},
		{"no semicolon", "this&not that &copy 2020", "this&not that &copy 2020"},
		{"prefix of a name", "&notit;", "&notit;"},
		{"unknown", "&unknown; &#;", "&unknown; &#;"},
		{"nbsp", "a&nbsp;b", "a b"},
		{"Windows-1252 number", "1990&#150;2000", "1990–2000"},
		{"escaped twice", "AT&amp;amp;T", "AT&T"},
		{"mojibake inside", "caf&Atilde;&copy;", "café"},
	})
}

func TestNormalize(t *testing.T) {
	runCases(t, []textCase{
		{"combining acute", "cafe\u0301", "café"},
		{"ring", "A\u030angstr\u00f6m", "Ångström"},
		{"Hangul", "\u1100\u1161", "\uac00"},
		{"already NFC", "café Ångström 가", "café Ångström 가"},
		{"ligature kept", "ﬁnal", "ﬁnal"},
	})
}

func TestInvisible(t *testing.T) {
	runCases(t, []textCase{
		{"zero-width space", "a\u200bb", "ab"},
		{"soft hyphen", "soft\u00adware", "software"},
		{"byte order mark", "\ufeffstart mid\ufefftext", "start midtext"},
		{"word joiner", "a\u2060b", "ab"},
		{"joiner between letters", "a\u200db\u200cc", "abc"},
		{"emoji sequence", "👩\u200d💻 and 👨\u200d👩\u200d👧", "👩\u200d💻 and 👨\u200d👩\u200d👧"},
		{"emoji with variation selector", "🏳\ufe0f\u200d🌈", "🏳\ufe0f\u200d🌈"},
		{"emoji with skin tone", "👩🏽\u200d🚀", "👩🏽\u200d🚀"},
		{"joiner after an emoji only", "👍\u200d ok", "👍 ok"},
		{"Persian non-joiner", "می\u200cخواهم", "می\u200cخواهم"},
		{"Devanagari joiner", "क्\u200dष", "क्\u200dष"},
		{"mark in English", "Hello\u200e world\u202a!\u202c", "Hello world!"},
		{"mark next to Arabic", "Hello \u200fمرحبا", "Hello \u200fمرحبا"},
		{"flag of Scotland", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"},
		{"stray tag", "a\U000E0067b", "ab"},
		{"no-break space", "a\u00a0b", "a b"},
		{"other spaces", "10\u202fkm\u2009and\u3000more\u2003", "10 km and more "},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
	})
}

func TestUntouched(t *testing.T) {
	for _, in := range []string{
		"",
		"Plain ASCII text, with AT&T and x < y && z.",
		"“Curly quotes,” she said — and dashes – and an ellipsis… and ‘single’ ones.",
		"Emoji stay: 😀👍🏽🇺🇸 ❤️ 👩‍💻.",
		"naïve résumé, Größe, Dvořák, Øresund, São Paulo, Zürich, Peña Nieto",
		"Москва, Αθήνα, 北京, 서울, القاهرة, ירושלים",
		"Temperatures of −5 °C to 30 °C, 2½ cups, £5, €10, ¥100, ±3%, 10 × 20",
		"C O N C L U S Ã O",
		"line one\nline two\r\nline three\n",
		"control \u001a character",
	} {
		out, edits := checkText(t, in)
		if out != in || len(edits) != 0 {
			t.Errorf("Text(%q) = %q, %v; want it unchanged", in, out, edits)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	runCases(t, []textCase{
		{"Latin-1 byte", "caf\xe9 au lait", "caf\uFFFD au lait"},
		{"run", "a\xff\xfeb", "a\uFFFDb"},
		{"cut sequence", "it\xe2\x80", "it\uFFFD"},
		{"with mojibake", "\xffcafÃ©", "\uFFFDcafé"},
	})
}

func TestEdits(t *testing.T) {
	for _, c := range []struct {
		in    string
		edits []Edit
	}{
		{"Smithâs", []Edit{{5, 7, "â", "’", Mojibake}}},
		{"a&amp;b\u00a0c", []Edit{{1, 6, "&amp;", "&", Entity}, {7, 9, "\u00a0", " ", Space}}},
		{"x cafÃ©\u200b", []Edit{{5, 9, "Ã©", "é", Mojibake}, {9, 12, "\u200b", "", Invisible}}},
		{"cafe\u0301", []Edit{{3, 6, "e\u0301", "é", Normalize}}},
		{"&Atilde;&copy;", []Edit{{0, 14, "&Atilde;&copy;", "é", Mojibake}}},
		{"a\nb\u00a0", []Edit{{3, 5, "\u00a0", " ", Space}}},
		{"\xff", []Edit{{0, 1, "\xff", "\uFFFD", Invalid}}},
	} {
		_, got := checkText(t, c.in)
		if !reflect.DeepEqual(got, c.edits) {
			t.Errorf("Text(%q) edits\n got %+v,\nwant %+v", c.in, got, c.edits)
		}
	}
}
