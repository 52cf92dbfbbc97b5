// Package demonym tells whether a word names a nationality or a place of
// origin: "Italian", "the Swedes", "a Frenchman", "Texan".
//
// The list is a general one of countries, nations, peoples and some
// regions and cities, in lower case; it is not drawn from particular
// articles. Such a word is never a name itself, though it may open a
// title ("Mexican President") or stand for a person the article names
// elsewhere ("the Italian").
package demonym

import "strings"

// listed holds the singular forms. It is read-only.
var listed = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}()

const words = `afghan albanian algerian american andorran angolan arab argentine
	argentinian armenian australian austrian azerbaijani bahamian bahraini
	bangladeshi barbadian basque bavarian belarusian belgian belizean beninese
	berliner bhutanese bolivian bosnian botswanan brazilian breton british
	briton bruneian bulgarian burkinabe burmese burundian californian cambodian
	cameroonian canadian catalan chadian chilean chinese colombian congolese
	cornishman corsican croat croatian cuban cypriot czech dane danish
	djiboutian dominican dutch dutchman dutchwoman ecuadorian egyptian emirati
	english englishman englishwoman eritrean estonian ethiopian faroese fijian
	filipina filipino finn finnish flemish french frenchman frenchwoman gabonese
	gambian geordie georgian german ghanaian greek greenlandic grenadian
	guatemalan guinean guyanese haitian hispanic honduran hungarian icelander
	icelandic indian indonesian iranian iraqi irish irishman irishwoman israeli
	italian ivorian jamaican japanese jordanian kazakh kenyan kiwi korean
	kosovan kosovar kurd kurdish kuwaiti kyrgyz laotian latina latino latvian
	lebanese liberian libyan liechtensteiner lithuanian londoner luxembourger
	macedonian malagasy malawian malaysian maldivian malian maltese mauritanian
	mauritian mexican moldovan monegasque mongolian montenegrin moroccan
	mozambican muscovite namibian nepalese nepali new-yorker nicaraguan nigerian
	nigerien norwegian omani pakistani palestinian panamanian paraguayan
	parisian peruvian pole polish portuguese qatari quebecer québécois romanian
	russian rwandan salvadoran samoan saudi scot scots scotsman scotswoman
	scottish scouser senegalese serb serbian sicilian sierra-leonean singaporean
	slovak slovakian slovene slovenian somali spaniard spanish sudanese
	surinamese swazi swede swedish swiss syrian taiwanese tajik tamil tanzanian
	texan thai togolese tongan trinidadian tunisian turk turkish turkmen ugandan
	ukrainian ulsterman uruguayan uzbek venezuelan vietnamese walloon welsh
	welshman welshwoman yemeni zambian zimbabwean european african asian nordic scandinavian`

// Is reports whether key, a lower-case word, is a demonym, singular or
// plural ("italian", "italians", "frenchmen").
func Is(key string) bool {
	return listed[key] || Plural(key)
}

// Compound reports whether first and second, lower-case words, are a
// point of the compass and a demonym that make one of two words: "south
// african", "north korean".
func Compound(first, second string) bool {
	switch first {
	case "north", "south", "east", "west":
		return Is(second)
	}
	return false
}

// Plural reports whether key is the plural of a demonym: "italians",
// "frenchmen", but not "swiss", which is listed as it is.
func Plural(key string) bool {
	if listed[key] {
		return false
	}
	if s, ok := strings.CutSuffix(key, "s"); ok && listed[s] {
		return true
	}
	if s, ok := strings.CutSuffix(key, "men"); ok && listed[s+"man"] {
		return true
	}
	return false
}
