package frame

// lexicon maps lower-cased words and short phrases, with their common
// inflections spelt out, to their category.
var lexicon = func() map[string]Category {
	m := make(map[string]Category)
	add := func(c Category, words ...string) {
		for _, w := range words {
			m[w] = c
		}
	}
	add(Emotive,
		"wow", "whoa", "omg", "shock", "shocks", "shocking", "shocked", "stunning", "stuns", "stunned",
		"slam", "slams", "slammed", "blast", "blasts", "blasted", "rips", "ripped", "lashes out", "lashed out",
		"fury", "furious", "outrage", "outraged", "outrageous", "rage", "rages", "raging", "fumes", "fuming",
		"chaos", "chaotic", "turmoil", "meltdown", "frenzy", "firestorm", "bombshell", "explosive", "erupts", "erupted",
		"horror", "horrific", "horrifying", "devastating", "devastated", "brutal", "savage", "savages", "savaged",
		"disaster", "disastrous", "catastrophe", "catastrophic", "nightmare", "scandal", "humiliating", "humiliation",
		"humiliated", "crushing", "crushed", "fiery", "feud", "war of words", "backlash", "panic", "panicked",
		"terrifying", "alarming", "slap in the face", "clash", "clashes", "clashed", "showdown", "spat",
		"heartbreaking", "crisis", "controversy", "stirs controversy", "sparks outrage", "bold", "boldly", "brazen", "tragic", "bloodbath", "mayhem", "carnage", "hammered", "hammers", "torches", "torched",
		"destroys", "destroyed", "obliterates", "eviscerates", "eviscerated", "skewers", "skewered", "jaw-dropping",
		"mind-blowing", "insane", "crazy", "unhinged", "epic", "sensational",
	)
	add(Judgement,
		"stubborn", "stubbornness", "defiant", "defiance", "defies", "defied", "reckless", "recklessness",
		"radical", "radicals", "extremist", "extremists", "regime", "disgraced", "notorious", "so-called",
		"embattled", "hardline", "hard-line", "hardliner", "rogue", "bully", "bullies", "bullying", "arrogant",
		"arrogance", "caves", "caved", "capitulates", "capitulated", "capitulation", "surrenders", "surrendered",
		"snub", "snubs", "snubbed", "mocks", "mocked", "boasts", "boasted", "brags", "bragged", "rants", "ranted",
		"rant", "whines", "lies", "lying", "liar", "sham", "hoax", "propaganda", "admits", "concedes",
		"claims", "insists", "insisted", "dodges", "dodged", "flip-flops",
		"u-turn", "backtracks", "backtracked", "scheme", "ploy", "stunt", "grandstanding", "grandstands",
		"pathetic", "shameful", "disgraceful", "incompetent", "weak", "spineless",
		"controversial", "divisive", "infamous", "dubious", "baseless", "bogus", "slur", "smear", "smears",
		"puppet", "cronies", "woke", "thug", "thugs", "invasion", "invaders", "illegals",
		"handout", "handouts", "giveaway", "bailout",
	)
	add(Intensifier,
		"massive", "huge", "enormous", "historic", "unprecedented", "dramatic", "dramatically", "sweeping",
		"extreme", "extremely", "staggering", "whopping", "record-breaking", "skyrocket", "skyrockets",
		"skyrocketing", "soars", "soaring", "plunges", "plummets", "plummeting", "spiralling",
		"spiraling", "all-out", "full-blown", "utter", "utterly", "absolutely", "biggest ever",
		"worst ever", "once-in-a-generation", "game-changer", "game-changing", "landmark", "stark", "sharply",
		"unthinkable", "untold", "mega",
	)
	return m
}()
