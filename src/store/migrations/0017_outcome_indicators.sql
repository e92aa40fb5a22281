-- The outcome indicators of block 5 as indicators, so that a societal result (block 2) can use one,
-- for example the share of planned ends for a municipality. They have no observations: their series
-- is the municipality's outcome report as the reader may see it, with its suppression
-- (service/outcome_series). Portable SQL: the same text runs on SQLite and PostgreSQL.

INSERT INTO indicators (key, title, unit, decimals, direction, source, definition) VALUES
    ('UitkomstVolgensPlanBeeindigd', 'Jeugdhulptrajecten volgens plan beëindigd', '%', 1, 'higher_is_better',
     'Trajectgegevens van jeugdhulpaanbieders in Kompas (uitkomsten, bouwsteen 5)',
     'Het deel van de in het jaar beëindigde jeugdhulptrajecten van inwoners van de gemeente dat volgens plan eindigde, over alle hulpvormen en aanbieders.'),
    ('UitkomstZonderHulpVerder', 'Na jeugdhulp verder zonder hulp', '%', 1, 'higher_is_better',
     'Trajectgegevens van jeugdhulpaanbieders in Kompas (uitkomsten, bouwsteen 5)',
     'Het deel van de metingen (bij jongere en ouder) van de in het jaar beëindigde trajecten waarin het antwoord is dat de jongere verder kan zonder jeugdhulp.'),
    ('UitkomstGeenNieuweHulpBinnenJaar', 'Geen nieuwe jeugdhulp binnen een jaar', '%', 1, 'higher_is_better',
     'Trajectgegevens van jeugdhulpaanbieders in Kompas (uitkomsten, bouwsteen 5)',
     'Het deel van de in het jaar volgens plan beëindigde trajecten waarna binnen twaalf maanden geen nieuwe jeugdhulp begon, bij welke aanbieder of in welke gemeente ook.');
