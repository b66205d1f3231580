"""The page furniture and article text that the clean.blocks and clean.headline tests build
whole pages from (invented text)."""

MENU = "\n".join(f"  • {item}" for item in (
    "Home", "World", "Business", "Markets", "Technology", "Opinion", "Sport", "Culture",
    "Travel", "Weather", "Video", "Podcasts"))
FOOTER = "\n".join(f"  • {item}" for item in (
    "About us", "Contact", "Careers", "Privacy policy", "Terms of use", "Cookie settings",
    "Advertise with us", "Help"))

STORY = [
    "Voters in the coastal province of Marenia chose a new governor on Tuesday, ending two "
    "decades of rule by the same party after a campaign dominated by housing costs and "
    "repeated floods along the river delta.",
    "The winner, former harbour engineer Lidia Sorn, promised to rebuild the delta's levees "
    "within four years and to publish every contract for the work online.",
    "Turnout was the highest in thirty years, the electoral commission said on Thursday, "
    "with long queues at polling stations in the capital until late in the evening.",
    "Sorn will take office next month. Her party holds a majority in the provincial "
    "assembly for the first time since it was founded.",
]
