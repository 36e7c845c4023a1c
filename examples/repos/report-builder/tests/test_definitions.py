from reports.render import DEFINITIONS, load_definition


def test_every_definition_uses_placeholders_only() -> None:
    for path in DEFINITIONS.glob("*.yaml"):
        defn = load_definition(path.stem)
        assert defn.sql.count("%s") == 2, path.name
        assert "{" not in defn.sql, path.name
