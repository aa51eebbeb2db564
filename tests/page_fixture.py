"""A news page of our own as plain text: menu, headline, paragraphs and footer lines (the
layout tests' whole-page fixture)."""

MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reisen",
        "Auto", "Digital", "Gesundheit", "Podcasts", "Newsletter"]  # fmt: skip
HEADLINE = "Stadtrat beschließt neuen Radweg am Fluss"
PARAGRAPHS = [
    "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs beschlossen. "
    "Die Strecke soll entlang des Flusses von der Altstadt bis zum Hafen führen.",
    "Nach Angaben der Verwaltung kostet das Vorhaben rund vier Millionen Euro. Der Bund "
    "übernimmt einen Teil der Kosten, den Rest trägt die Stadt aus eigenen Mitteln.",
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und bis Ende des Jahres dauern.",
]
FOOTER = ["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Jobs", "AGB"]
