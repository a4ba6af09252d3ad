"""Article text to events: text cleaning and sentences, dates, places (gazetteer), actors,
the trigger lexicon and the rules that combine them (:mod:`.extract`)."""
