<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardEngine</name>
    <message>
        <location filename="../ui/dashboard/DashboardEngine.cpp" line="34"/>
        <source>No numbers: %1. Open the workspace again to rescore every lead.</source>
        <translation>Aucun chiffre : %1. Rouvrez l’espace de travail pour renoter chaque lead.</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <location filename="../core/metrics/DashboardFormat.cpp" line="40"/>
        <location filename="../core/metrics/DashboardFormat.cpp" line="56"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../core/metrics/DashboardFormat.cpp" line="50"/>
        <source>%1 pp</source>
        <translation>%1 pts</translation>
    </message>
</context>
<context>
    <name>DemoError</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="318"/>
        <source>the number of leads must be between 1 and 20000000, not %1</source>
        <translation>le nombre de leads doit être compris entre 1 et 20000000, et non %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="321"/>
        <source>the number of months must be between 1 and 120, not %1</source>
        <translation>le nombre de mois doit être compris entre 1 et 120, et non %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="324"/>
        <source>the end date must lie between 1990 and 2100</source>
        <translation>la date de fin doit être comprise entre 1990 et 2100</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="352"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="356"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="68"/>
        <location filename="../core/demo/DemoWorkspace.cpp" line="47"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="69"/>
        <location filename="../core/demo/DemoWorkspace.cpp" line="48"/>
        <source>Check the path and your permissions.</source>
        <translation>Vérifiez le chemin et vos droits d’accès.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="73"/>
        <location filename="../core/demo/DemoSinks.cpp" line="134"/>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="75"/>
        <source>Check that you may write in the folder.</source>
        <translation>Vérifiez que vous avez le droit d’écrire dans le dossier.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="136"/>
        <source>Check the free disk space.</source>
        <translation>Vérifiez l’espace disque disponible.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="148"/>
        <source>cannot be saved: %1</source>
        <translation>ne peut pas être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="234"/>
        <source>the workspace has no activity type &apos;%1&apos;</source>
        <translation>l’espace de travail n’a pas de type d’activité « %1 »</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoWorkspace.cpp" line="44"/>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoWorkspace.cpp" line="45"/>
        <source>Choose another name, or delete the file first.</source>
        <translation>Choisissez un autre nom, ou supprimez d’abord le fichier.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="71"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="76"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="81"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExploreError</name>
    <message>
        <location filename="../core/explore/LeadFilterColumns.cpp" line="36"/>
        <location filename="../core/explore/LeadOrderIndex.cpp" line="46"/>
        <source>the request was superseded by a newer one</source>
        <translation>la demande a été remplacée par une plus récente</translation>
    </message>
</context>
<context>
    <name>FilterLine</name>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="14"/>
        <source>%1 + %2 more</source>
        <translation>%1 + %2 autres</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="34"/>
        <location filename="../ui/report/FilterLine.cpp" line="40"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="40"/>
        <source>Grade</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="43"/>
        <source>All leads (no filter)</source>
        <translation>Tous les leads (aucun filtre)</translation>
    </message>
</context>
<context>
    <name>FilterScope</name>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="30"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="32"/>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="34"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="36"/>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="36"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="38"/>
        <source>campaign %1</source>
        <translation>campagne %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="38"/>
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n campagne</numerusform>
            <numerusform>%n campagnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="40"/>
        <source>industry %1</source>
        <translation>secteur %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="40"/>
        <source>%n industries</source>
        <translation>
            <numerusform>%n secteur</numerusform>
            <numerusform>%n secteurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="42"/>
        <source>country %1</source>
        <translation>pays %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="42"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="47"/>
        <source>grade %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="50"/>
        <source>All leads</source>
        <translation>Tous les leads</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="51"/>
        <source>Filtered: %1</source>
        <translation>Filtré : %1</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="47"/>
        <location filename="../core/import/CsvReader.cpp" line="388"/>
        <location filename="../core/import/ImportScan.cpp" line="48"/>
        <source>cannot open the file: </source>
        <translation>impossible d’ouvrir le fichier : </translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="49"/>
        <location filename="../core/import/CsvReader.cpp" line="389"/>
        <location filename="../core/import/ImportScan.cpp" line="49"/>
        <location filename="../core/import/ImportJob.cpp" line="48"/>
        <source>Check the path and that you may read the file.</source>
        <translation>Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="86"/>
        <source>the file ends before row %1, the header row</source>
        <translation>le fichier se termine avant la ligne %1, la ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="89"/>
        <source>Choose an earlier header row.</source>
        <translation>Choisissez une ligne d’en-tête plus haute.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="92"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="93"/>
        <source>A CSV file starts with a header row naming its columns.</source>
        <translation>Un fichier CSV commence par une ligne d’en-tête qui nomme ses colonnes.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="136"/>
        <source>the byte %1 is not valid UTF-8, yet the file also holds valid UTF-8 beyond ASCII: read as UTF-8 or as Windows-1252, part of its text would come out wrong</source>
        <translation>l’octet %1 n’est pas de l’UTF-8 valide, alors que le fichier contient aussi de l’UTF-8 valide au-delà de l’ASCII : lu en UTF-8 ou en Windows-1252, une partie de son texte serait erronée</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="141"/>
        <source>Choose the file&apos;s encoding (--encoding on the command line, Encoding in the import wizard): UTF-8 imports it with the rows that hold such bytes rejected; Windows-1252 reads every byte as one character, so its UTF-8 text shows as &apos;Ã¼&apos; instead of &apos;ü&apos;.</source>
        <translation>Choisissez l’encodage du fichier (--encoding en ligne de commande, Encodage dans l’assistant d’import) : en UTF-8, il est importé en rejetant les lignes qui contiennent de tels octets ; en Windows-1252, chaque octet est lu comme un caractère, si bien que son texte UTF-8 s’affiche « Ã¼ » au lieu de « ü ».</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="178"/>
        <location filename="../core/import/CsvReader.cpp" line="266"/>
        <source>cannot read the file: </source>
        <translation>impossible de lire le fichier : </translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="187"/>
        <location filename="../core/import/CsvReader.cpp" line="275"/>
        <source>the reading was cancelled</source>
        <translation>la lecture a été annulée</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="292"/>
        <source>the quoted field runs past the limit of %1 characters a record may have</source>
        <translation>le champ entre guillemets dépasse la limite de %1 caractères autorisée pour un enregistrement</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="295"/>
        <source>If the field really is that long, shorten it in the file; if it should have ended sooner, its closing quote is missing.</source>
        <translation>Si le champ est vraiment aussi long, raccourcissez-le dans le fichier ; s’il aurait dû se terminer plus tôt, son guillemet fermant manque.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="300"/>
        <source>the field runs past the limit of %1 characters a record may have</source>
        <translation>le champ dépasse la limite de %1 caractères autorisée pour un enregistrement</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="302"/>
        <source>Shorten the field in the file.</source>
        <translation>Raccourcissez le champ dans le fichier.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="334"/>
        <source>a NUL byte, which is no text (is the file binary, or UTF-16 read as another encoding?)</source>
        <translation>un octet NUL, qui n’est pas du texte (le fichier est-il binaire, ou en UTF-16 lu dans un autre encodage ?)</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="337"/>
        <source>bytes that are not valid %1; choose the file&apos;s encoding (--encoding): files saved by Excel on Windows are usually Windows-1252</source>
        <translation>des octets qui ne sont pas du %1 valide ; choisissez l’encodage du fichier (--encoding) : les fichiers enregistrés par Excel sous Windows sont généralement en Windows-1252</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="343"/>
        <source>bytes that are valid UTF-8 (&apos;%1&apos; as Windows-1252) in a file read as Windows-1252 because line %2, column %3 is not UTF-8; choose the file&apos;s encoding (--encoding)</source>
        <translation>des octets qui sont de l’UTF-8 valide (« %1 » en Windows-1252) dans un fichier lu en Windows-1252 parce que la ligne %2, colonne %3 n’est pas de l’UTF-8 ; choisissez l’encodage du fichier (--encoding)</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="360"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la ligne a %1 champs mais l’en-tête en a %2</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="21"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="21"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="22"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="22"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="23"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="23"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="24"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="24"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="25"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="25"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="26"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="26"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="31"/>
        <source>expected YYYY-MM-DD, optionally with a time (THH:MM:SS) and a zone (Z or +HH:MM)</source>
        <translation>format attendu : YYYY-MM-DD, éventuellement avec une heure (THH:MM:SS) et un fuseau (Z ou +HH:MM)</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="36"/>
        <source>expected M/D/YYYY, optionally with a time (H:MM:SS, AM/PM)</source>
        <translation>format attendu : M/D/YYYY, éventuellement avec une heure (H:MM:SS, AM/PM)</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="40"/>
        <source>expected D.M.YYYY or D/M/YYYY, optionally with a time (H:MM:SS)</source>
        <translation>format attendu : D.M.YYYY ou D/M/YYYY, éventuellement avec une heure (H:MM:SS)</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="45"/>
        <source>expected a whole number of %1 since 1970-01-01</source>
        <translation>nombre entier de %1 depuis le 1970-01-01 attendu</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="118"/>
        <source>year %1 is outside %2–%3</source>
        <translation>l’année %1 est hors de %2–%3</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="120"/>
        <source>month %1 does not exist</source>
        <translation>le mois %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="123"/>
        <source>%1 %2 has no day %3</source>
        <translation>%1 %2 n’a pas de jour %3</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="135"/>
        <source>hour %1 does not exist</source>
        <translation>l’heure %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="137"/>
        <source>minute %1 does not exist</source>
        <translation>la minute %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="139"/>
        <source>second %1 does not exist</source>
        <translation>la seconde %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="179"/>
        <source>the zone offset is not ±HH:MM</source>
        <translation>le décalage horaire n’est pas au format ±HH:MM</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="260"/>
        <source>%1 is outside the years %2–%3</source>
        <translation>%1 est hors des années %2–%3</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="269"/>
        <source>%1 is not a plausible date: as %2 since 1970 it is %3, and epoch times before 1990 or after 2099 are refused. Check that this column holds dates, not a flag, a count or an id</source>
        <translation>%1 n’est pas une date plausible : en %2 depuis 1970, cela donne %3, et les horodatages antérieurs à 1990 ou postérieurs à 2099 sont refusés. Vérifiez que cette colonne contient des dates, et non un indicateur, un nombre ou un identifiant</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="298"/>
        <source>unknown date format</source>
        <translation>format de date inconnu</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="73"/>
        <source>the %1 mapping takes %2 from a column &apos;%3&apos; this file does not have</source>
        <translation>l’affectation de %1 prend %2 dans une colonne « %3 » que ce fichier n’a pas</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="77"/>
        <source>Map %1 to one of the file&apos;s columns: %2 (`#N` is the Nth column).</source>
        <translation>Affectez %1 à l’une des colonnes du fichier : %2 (`#N` est la N-ième colonne).</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="86"/>
        <source>--ids-from-lines names the leads of a file with no CRM id or e-mail column, and this file maps %1 to its column &apos;%2&apos;</source>
        <translation>--ids-from-lines nomme les leads d’un fichier sans colonne d’ID CRM ni d’e-mail, or ce fichier affecte %1 à sa colonne « %2 »</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="92"/>
        <source>Leave out --ids-from-lines, or leave %1 unmapped.</source>
        <translation>Retirez --ids-from-lines, ou laissez %1 sans affectation.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="96"/>
        <source>no column identifies the lead (a CRM id or an e-mail) in this %1 file</source>
        <translation>aucune colonne n’identifie le lead (un ID CRM ou un e-mail) dans ce fichier %1</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="101"/>
        <source>Map the lead id or e-mail column with a mapping file (--mapping; `#N` is the Nth column), or give each row&apos;s lead the CRM id FILENAME:LINE with --ids-from-lines.</source>
        <translation>Affectez la colonne d’ID de lead ou d’e-mail avec un fichier d’affectation (--mapping ; `#N` est la N-ième colonne), ou donnez au lead de chaque ligne l’ID CRM FILENAME:LINE avec --ids-from-lines.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="104"/>
        <source>Map the lead id or e-mail column, e.g. with a mapping file (--mapping).</source>
        <translation>Affectez la colonne d’ID de lead ou d’e-mail, p. ex. avec un fichier d’affectation (--mapping).</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="108"/>
        <source>no column is mapped to %1 in this %2 file</source>
        <translation>aucune colonne n’est affectée à %1 dans ce fichier %2</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="111"/>
        <source>Map one of the columns %1 to %2.</source>
        <translation>Affectez l’une des colonnes %1 à %2.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="146"/>
        <source>Fix the mapping file; `leadstage import --help` lists the fields.</source>
        <translation>Corrigez le fichier d’affectation ; `leadstage import --help` liste les champs.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="153"/>
        <location filename="../core/import/MappingFile.cpp" line="128"/>
        <source>unknown key &apos;%1&apos; (keys: %2)</source>
        <translation>clé inconnue « %1 » (clés : %2)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="160"/>
        <source>&apos;%1&apos; is not a field of %2 files (fields: %3)</source>
        <translation>« %1 » n’est pas un champ des fichiers %2 (champs : %3)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="165"/>
        <source>the column is not a string: give the column&apos;s header, or `#N` for the Nth column</source>
        <translation>la colonne n’est pas une chaîne : indiquez l’en-tête de la colonne, ou `#N` pour la N-ième colonne</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="175"/>
        <source>&apos;%1&apos; is not a date field with a known format (iso, mdy, dmy, epoch, epoch-ms)</source>
        <translation>« %1 » n’est pas un champ de date avec un format connu (iso, mdy, dmy, epoch, epoch-ms)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="226"/>
        <source>the header names two columns &apos;%1&apos;: column %2 and column %3</source>
        <translation>l’en-tête nomme deux colonnes « %1 » : la colonne %2 et la colonne %3</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="231"/>
        <source>Rename one of them in the file and import again: columns are mapped and kept in attrs by name.</source>
        <translation>Renommez l’une d’elles dans le fichier et importez à nouveau : les colonnes sont affectées et conservées dans attrs par leur nom.</translation>
    </message>
    <message>
        <location filename="../core/import/ActivityMap.cpp" line="136"/>
        <source>activities: &apos;%1&apos; maps to &apos;%2&apos;, which is not an activity key</source>
        <translation>activities : « %1 » est affecté à « %2 », qui n’est pas une clé d’activité</translation>
    </message>
    <message>
        <location filename="../core/import/ActivityMap.cpp" line="140"/>
        <location filename="../core/import/CountEvents.cpp" line="59"/>
        <source>Use one of: %1.</source>
        <translation>Utilisez l’une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="20"/>
        <source>Save the mapping again from LeadStage, or fix the named key.</source>
        <translation>Enregistrez à nouveau l’affectation depuis LeadStage, ou corrigez la clé indiquée.</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="75"/>
        <source>is not a JSON object (%1 at byte %2)</source>
        <translation>n’est pas un objet JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="80"/>
        <source>format is &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>format vaut « %1 », et non « %2 »</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="84"/>
        <source>version %1 is newer than this LeadStage reads (%2)</source>
        <translation>la version %1 est plus récente que celle que ce LeadStage sait lire (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="100"/>
        <source>missingValues is not a list of texts, e.g. [&quot;Select&quot;, &quot;N/A&quot;]</source>
        <translation>missingValues n’est pas une liste de textes, p. ex. [&quot;Select&quot;, &quot;N/A&quot;]</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="110"/>
        <source>countsAsEvents is not a list like [{&quot;column&quot;: &quot;TotalVisits&quot;, &quot;activity&quot;: &quot;resource_center_visit&quot;}]</source>
        <translation>countsAsEvents n’est pas une liste comme [{&quot;column&quot;: &quot;TotalVisits&quot;, &quot;activity&quot;: &quot;resource_center_visit&quot;}]</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="150"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="40"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="50"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="54"/>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="151"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="51"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="159"/>
        <location filename="../core/import/ImportJob.cpp" line="46"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="160"/>
        <source>Check the path of the mapping file.</source>
        <translation>Vérifiez le chemin du fichier d’affectation.</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="20"/>
        <source>&apos;%1&apos; is not a number (digits, with , or . between thousands and before decimals; no currency sign, no letters)</source>
        <translation>« %1 » n’est pas un nombre (des chiffres, avec , ou . entre les milliers et avant les décimales ; sans symbole monétaire ni lettres)</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="61"/>
        <source>&apos;%1&apos; is ambiguous: the %2 may separate thousands (%3) or mark decimals (%4); write it with both separators (1,000.00 or 1.000,00) or with none</source>
        <translation>« %1 » est ambigu : le séparateur (%2) peut séparer les milliers (%3) ou marquer les décimales (%4) ; écrivez-le avec les deux séparateurs (1,000.00 ou 1.000,00) ou sans aucun</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="66"/>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="67"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="98"/>
        <source>&apos;%1&apos; is not a number: thousands separators stand between groups of three digits</source>
        <translation>« %1 » n’est pas un nombre : les séparateurs de milliers se placent entre des groupes de trois chiffres</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="111"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>« %1 » est trop grand</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="118"/>
        <source>&apos;%1&apos; is negative</source>
        <translation>« %1 » est négatif</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="122"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>« %1 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="26"/>
        <source>the columns (%1) match no preset for %2 files</source>
        <translation>les colonnes (%1) ne correspondent à aucun préréglage pour les fichiers %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="30"/>
        <source>Name the preset with --preset, or map the columns in a mapping file (--mapping); a file with no CRM id or e-mail column can name its leads by file and line (--ids-from-lines).</source>
        <translation>Indiquez le préréglage avec --preset, ou affectez les colonnes dans un fichier d’affectation (--mapping) ; un fichier sans colonne d’ID CRM ni d’e-mail peut nommer ses leads par fichier et ligne (--ids-from-lines).</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="34"/>
        <source>Name the preset with --preset, or map the columns in a mapping file (--mapping).</source>
        <translation>Indiquez le préréglage avec --preset, ou affectez les colonnes dans un fichier d’affectation (--mapping).</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="136"/>
        <source>the dates of column &apos;%1&apos; (%2) read as %3 alike</source>
        <translation>les dates de la colonne « %1 » (%2) se lisent indifféremment comme %3</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="139"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="142"/>
        <source>Say which with --date-format mdy or --date-format dmy.</source>
        <translation>Précisez lequel avec --date-format mdy ou --date-format dmy.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportDraft.cpp" line="354"/>
        <source>has not been read to the end yet</source>
        <translation>n’a pas encore été lu jusqu’au bout</translation>
    </message>
    <message>
        <location filename="../core/import/ImportDraft.cpp" line="356"/>
        <source>Go back to the column mapping and on again.</source>
        <translation>Revenez à l’affectation des colonnes, puis avancez à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportDraft.cpp" line="363"/>
        <source>Choose the column&apos;s date format on the Dates page.</source>
        <translation>Choisissez le format de date de la colonne sur la page Dates.</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="41"/>
        <source>counts as events a column &apos;%1&apos; the file does not have</source>
        <translation>compte comme événements une colonne « %1 » que le fichier n’a pas</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="44"/>
        <source>Name one of its columns: %1.</source>
        <translation>Indiquez l’une de ses colonnes : %1.</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="55"/>
        <source>&apos;%1&apos; (for the counts of &apos;%2&apos;) is not an activity type of the workspace</source>
        <translation>« %1 » (pour les nombres de « %2 ») n’est pas un type d’activité de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="83"/>
        <source>%1: &apos;%2&apos; is not a count (a whole number, zero or more)</source>
        <translation>%1 : « %2 » n’est pas un nombre valable (un nombre entier, zéro ou plus)</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="87"/>
        <source>%1: %2 is more than the %3 events a row may make (--count-as-events)</source>
        <translation>%1 : %2 dépasse les %3 événements qu’une ligne peut produire (--count-as-events)</translation>
    </message>
    <message>
        <location filename="../core/import/StageCells.cpp" line="33"/>
        <source>&apos;%1&apos; is not a yes/no value (1/0, true/false, yes/no, won/lost)</source>
        <translation>« %1 » n’est pas une valeur oui/non (1/0, true/false, yes/no, won/lost)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="32"/>
        <source>the import was cancelled; nothing was written</source>
        <translation>l’import a été annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="58"/>
        <source>a write outside any import</source>
        <translation>une écriture en dehors de tout import</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="66"/>
        <location filename="../core/import/ImportUndo.cpp" line="192"/>
        <source>import %1 (%2)</source>
        <translation>import %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="69"/>
        <source>import %1</source>
        <translation>import %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="185"/>
        <source>there is no import %1 in this workspace</source>
        <translation>il n’y a pas d’import %1 dans cet espace de travail</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="187"/>
        <source>`leadstage import history` and the Workspace page&apos;s import history list the imports by number.</source>
        <translation>`leadstage import history` et l’historique des imports de la page Espace de travail listent les imports par numéro.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="197"/>
        <source>%1 was undone already, on %2</source>
        <translation>%1 a déjà été annulé, le %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="199"/>
        <source>An import is undone once; import the file again to bring its rows back.</source>
        <translation>Un import ne s’annule qu’une fois ; importez à nouveau le fichier pour rétablir ses lignes.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="202"/>
        <source>%1 cannot be undone: it was made by an older LeadStage (before workspace version 9), which did not record the leads it created or the values it replaced</source>
        <translation>%1 ne peut pas être annulé : il a été fait par une ancienne version de LeadStage (avant la version 9 de l’espace de travail), qui n’enregistrait ni les leads créés ni les valeurs remplacées</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="208"/>
        <source>Only imports made since the workspace was upgraded can be undone.</source>
        <translation>Seuls les imports faits depuis la mise à niveau de l’espace de travail peuvent être annulés.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="211"/>
        <source>%1 cannot be undone: it never finished</source>
        <translation>%1 ne peut pas être annulé : il ne s’est jamais terminé</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="256"/>
        <source>%1 cannot be undone: a later import built on it: %2</source>
        <translation>%1 ne peut pas être annulé : un import ultérieur s’appuie dessus : %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="260"/>
        <source>Those rows were not imported; they cannot be undone.</source>
        <translation>Ces lignes n’ont pas été importées ; elles ne peuvent pas être annulées.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="261"/>
        <source>Undo %1 first, then this one.</source>
        <translation>Annulez d’abord %1, puis celui-ci.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="284"/>
        <source>import %1 cannot be undone: lead %2 would get its %3 back, which lead %4 holds now</source>
        <translation>l’import %1 ne peut pas être annulé : le lead %2 récupérerait son %3, que le lead %4 détient maintenant</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="291"/>
        <source>Change or remove lead %1&apos;s value first.</source>
        <translation>Modifiez ou supprimez d’abord la valeur du lead %1.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="384"/>
        <location filename="../core/import/ImportUndo.cpp" line="423"/>
        <source>the undo was cancelled; nothing was changed</source>
        <translation>l’annulation a été interrompue ; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="13"/>
        <source>%1 IQLs</source>
        <translation>%1 IQL</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="27"/>
        <source>IQL generation</source>
        <translation>Génération d’IQL</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="29"/>
        <source>IQL → MQL conversion (180 days)</source>
        <translation>Conversion IQL → MQL (180 jours)</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="31"/>
        <source>Median time to MQL</source>
        <translation>Délai médian jusqu’au MQL</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="33"/>
        <source>Engagement rate</source>
        <translation>Taux d’engagement</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="66"/>
        <source>no final period yet</source>
        <translation>pas encore de période close</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="69"/>
        <source>%1 vs %2</source>
        <translation>%1 par rapport à %2</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="72"/>
        <source>no previous period</source>
        <translation>pas de période précédente</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="76"/>
        <source>Band %1</source>
        <translation>Fourchette %1</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="78"/>
        <source>Band %1 (all leads only)</source>
        <translation>Fourchette %1 (pour l’ensemble des leads uniquement)</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="80"/>
        <source>Band %1 (judged per month)</source>
        <translation>Fourchette %1 (évaluée par mois)</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="82"/>
        <source>Below</source>
        <translation>Sous la</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="83"/>
        <source>Within</source>
        <translation>Dans la</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="84"/>
        <source>Above</source>
        <translation>Au-dessus de la</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="85"/>
        <source>%1 band %2</source>
        <translation>%1 fourchette %2</translation>
    </message>
</context>
<context>
    <name>LeadCsvExport</name>
    <message>
        <location filename="../core/explore/LeadCsvExport.cpp" line="40"/>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
</context>
<context>
    <name>LeadLabel</name>
    <message>
        <location filename="../core/explore/LeadLabel.cpp" line="12"/>
        <source>Lead #%1</source>
        <translation>Lead n° %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="29"/>
        <source>About LeadStage</source>
        <translation>À propos de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;LeadStage %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;LeadStage %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="34"/>
        <source>Scores leads with rules you edit, places them in lifecycle stages and charts the IQL dashboard and the quarterly funnel report.&lt;br&gt;&lt;br&gt;Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Note les leads avec des règles que vous modifiez, les place dans les étapes du cycle de vie et trace le tableau de bord IQL et le rapport d’entonnoir trimestriel.&lt;br&gt;&lt;br&gt;Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure : vous pouvez le partager et le modifier selon ses termes. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="45"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="45"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="45"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="59"/>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="71"/>
        <source>Built with:</source>
        <translation>Conçu avec :</translation>
    </message>
</context>
<context>
    <name>LeadStage::ActivityPicker</name>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="21"/>
        <source>The activity key the rule scores, with its events in this workspace; type a key that is not listed yet</source>
        <translation>La clé d’activité que la règle note, avec ses événements dans cet espace de travail ; saisissez une clé qui n’est pas encore listée</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="30"/>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="30"/>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="31"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="32"/>
        <source>%1 · %2 track · %3</source>
        <translation>%1 · parcours %2 · %3</translation>
    </message>
</context>
<context>
    <name>LeadStage::BackTestView</name>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="73"/>
        <source>%1 recorded by the CRM</source>
        <translation>%1 enregistré par le CRM</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="76"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="78"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="80"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="94"/>
        <source>Band</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="95"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="139"/>
        <source>The model whose gains, bands and stages the tables show</source>
        <translation>Le modèle dont les tableaux montrent les gains, les tranches et les étapes</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="151"/>
        <source>Tables for</source>
        <translation>Tableaux pour</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="155"/>
        <source>Outcome rate by score band</source>
        <translation>Taux de résultat par tranche de score</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="159"/>
        <source>Outcome rate by stage at the moment</source>
        <translation>Taux de résultat par étape au moment choisi</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="184"/>
        <source>Gains by score decile, highest scores first</source>
        <translation>Gains par décile de score, scores les plus élevés en premier</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="221"/>
        <source>Open These Leads in the Explorer</source>
        <translation>Ouvrir ces leads dans l’explorateur</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="260"/>
        <source>at IQL entry</source>
        <translation>à l’entrée en IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="262"/>
        <source>at MQL entry</source>
        <translation>à l’entrée en MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="264"/>
        <source>at the analysis date (snapshot)</source>
        <translation>à la date d’analyse (instantané)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="265"/>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="272"/>
        <source>No lead in this workspace has an outcome yet: without SQL, opportunity or customer dates there is nothing to check the score against. Import the CRM&apos;s outcomes (File → Import…, a file with the leads&apos; SQL, opportunity or customer dates), then come back here.</source>
        <translation>Aucun lead de cet espace de travail n’a encore de résultat : sans dates de SQL, d’opportunité ou de client, rien ne permet de vérifier le score. Importez les résultats du CRM (Fichier → Importer…, un fichier avec les dates de SQL, d’opportunité ou de client des leads), puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="276"/>
        <source>No lead in this workspace reached %1 (%2 reached SQL or a later stage). Choose an earlier outcome, or import the %1 dates.</source>
        <translation>Aucun lead de cet espace de travail n’a atteint %1 (%2 ont atteint SQL ou une étape ultérieure). Choisissez un résultat antérieur ou importez les dates de %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="283"/>
        <source>No lead was scored %1: %2 Choose another moment.</source>
        <translation>Aucun lead n’a été noté %1 : %2 Choisissez un autre moment.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="286"/>
        <source>None of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to rank. Choose an earlier date, a longer horizon or an earlier outcome.</source>
        <translation>Aucun des %1 leads notés %2 n’a atteint %3 en %4 jours : il n’y a rien à classer. Choisissez une date antérieure, un horizon plus long ou un résultat antérieur.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="290"/>
        <source>Every one of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to tell apart. Choose a shorter horizon or a later outcome.</source>
        <translation>Chacun des %1 leads notés %2 a atteint %3 en %4 jours : il n’y a rien à départager. Choisissez un horizon plus court ou un résultat ultérieur.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="300"/>
        <source>%1 created after the date</source>
        <translation>%1 créés après la date</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="302"/>
        <source>%1 reached the outcome before the moment</source>
        <translation>%1 ayant atteint le résultat avant le moment choisi</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="304"/>
        <source>%1 never reached the stage</source>
        <translation>%1 n’ayant jamais atteint l’étape</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="306"/>
        <source>%1 too recent for the whole horizon</source>
        <translation>%1 trop récents pour tout l’horizon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="308"/>
        <source>%1 with an outcome without a date (the snapshot counts them)</source>
        <translation>%1 avec un résultat sans date (l’instantané les compte)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="310"/>
        <source>%1 in the workspace, %2 scored</source>
        <translation>%1 dans l’espace de travail, %2 notés</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="462"/>
        <source>%1 under %2 and %3 under %4, %5: %6</source>
        <translation>%1 selon %2 et %3 selon %4, %5 : %6</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="515"/>
        <source>%1 under %2, %3: %4, %5 reached %6 within %7 days</source>
        <translation>%1 selon %2, %3 : %4, %5 ont atteint %6 en %7 jours</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="312"/>
        <source>; left out: %1.</source>
        <translation> ; exclus : %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="321"/>
        <source>Check a model to back-test it.</source>
        <translation>Cochez un modèle pour le tester rétrospectivement.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="338"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (or a later stage) at any time, each lead scored %2 with all its events. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ou une étape ultérieure) à tout moment, chaque lead noté %2 avec tous ses événements. </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="340"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (or a later stage) within %2 days, each lead scored %3 with its events up to then. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ou une étape ultérieure) en %2 jours, chaque lead noté %3 avec ses événements jusqu’alors. </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="347"/>
        <source>At stage entry each model finds its own moments: these counts are the reference&apos;s.</source>
        <translation>À l’entrée dans une étape, chaque modèle trouve ses propres moments : ces chiffres sont ceux de la référence.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="350"/>
        <source>Optimistic: a snapshot scores every lead with events that may have come after its outcome, so leakage cannot be ruled out and these figures are an upper bound.</source>
        <translation>Optimiste : un instantané note chaque lead avec des événements qui peuvent être postérieurs à son résultat ; une fuite d’information n’est donc pas exclue et ces chiffres sont un maximum.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="356"/>
        <source>Provisional: the horizon runs past the analysis date %1, so outcomes still to come count as negatives.</source>
        <translation>Provisoire : l’horizon dépasse la date d’analyse %1, les résultats encore à venir comptent donc comme négatifs.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="417"/>
        <source>Choose another model under Tables for to see, lead by lead, the stage each model gives at the moment.</source>
        <translation>Choisissez un autre modèle sous « Tableaux pour » pour voir, lead par lead, l’étape que chaque modèle donne au moment choisi.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="422"/>
        <source>At stage entry each model scores its own leads at its own moments, so there is no lead-by-lead comparison of stages.</source>
        <translation>À l’entrée dans une étape, chaque modèle note ses propres leads à ses propres moments : il n’y a donc pas de comparaison des étapes lead par lead.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="438"/>
        <source>Stage at the moment: %1 (rows) against %2 (columns)</source>
        <translation>Étape au moment choisi : %1 (lignes) contre %2 (colonnes)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="439"/>
        <source>%1 of %2 scored leads are in another stage. Double-click a cell off the diagonal to open its leads.</source>
        <translation>%1 des %2 leads notés sont dans une autre étape. Double-cliquez sur une cellule hors de la diagonale pour ouvrir ses leads.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="527"/>
        <source>Decile %1 (scores %2)</source>
        <translation>Décile %1 (scores %2)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="538"/>
        <source>Scores %1</source>
        <translation>Scores %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="546"/>
        <source>%1 at the moment</source>
        <translation>%1 au moment choisi</translation>
    </message>
</context>
<context>
    <name>LeadStage::BandTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="70"/>
        <source>Double-click to open them in the lead explorer: %1</source>
        <translation>Double-cliquez pour les ouvrir dans l’explorateur de leads : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="84"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="86"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="88"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>LeadStage::CapacityPanel</name>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="55"/>
        <source>Sales can work</source>
        <translation>Les ventes peuvent traiter</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="57"/>
        <source>Catch at least</source>
        <translation>Capter au moins</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="70"/>
        <source>Use proposed threshold</source>
        <translation>Utiliser le seuil proposé</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="88"/>
        <source> MQLs a month</source>
        <translation> MQL par mois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="91"/>
        <source> % of eventual outcomes</source>
        <translation> % des résultats finaux</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="95"/>
        <source>over the last </source>
        <translation>sur les derniers </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="96"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="97"/>
        <source>MQLs are counted over these 30-day months up to the analysis date</source>
        <translation>Les MQL sont comptés sur ces mois de 30 jours jusqu’à la date d’analyse</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="110"/>
        <source>MQL threshold (points)</source>
        <translation>Seuil MQL (points)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="111"/>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="113"/>
        <source>MQLs a month</source>
        <translation>MQL par mois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="112"/>
        <source>precision, recall (%)</source>
        <translation>précision, rappel (%)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="116"/>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="119"/>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="217"/>
        <source>Computing the capacity curve…</source>
        <translation>Calcul de la courbe de capacité…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="302"/>
        <source>Now, at MQL ≥ %1: %2 MQLs a month over the last %n month(s), precision %3, recall %4 (%5 of %6 outcomes; back-test of %7 leads).</source>
        <translation>
            <numerusform>Actuellement, à MQL ≥ %1 : %2 MQL par mois sur le dernier mois (%n), précision %3, rappel %4 (%5 sur %6 résultats ; test rétrospectif de %7 leads).</numerusform>
            <numerusform>Actuellement, à MQL ≥ %1 : %2 MQL par mois sur les %n derniers mois, précision %3, rappel %4 (%5 sur %6 résultats ; test rétrospectif de %7 leads).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="310"/>
        <source>Open a workspace with outcomes to see the capacity curve.</source>
        <translation>Ouvrez un espace de travail avec des résultats pour voir la courbe de capacité.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="336"/>
        <source>Give what sales can work a month, the share of outcomes to catch, or both.</source>
        <translation>Indiquez ce que les ventes peuvent traiter par mois, la part des résultats à capter, ou les deux.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="339"/>
        <source>%1 MQLs a month, precision %2, recall %3</source>
        <translation>%1 MQL par mois, précision %2, rappel %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="344"/>
        <source>Proposed: MQL ≥ %1, the lowest threshold from which MQLs stay within %2 a month: %3.</source>
        <translation>Proposé : MQL ≥ %1, le seuil le plus bas à partir duquel les MQL restent sous %2 par mois : %3.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="350"/>
        <source>Proposed: MQL ≥ %1 meets both: %2.</source>
        <translation>Proposé : MQL ≥ %1 satisfait les deux : %2.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="353"/>
        <source>Proposed: MQL ≥ %1, the highest threshold that still catches %2: %3.</source>
        <translation>Proposé : MQL ≥ %1, le seuil le plus haut qui capte encore %2 : %3.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="358"/>
        <source>No threshold meets both. Sales&apos; capacity wins: MQL ≥ %1 keeps within %2 a month but catches only %3 of the outcomes (%4 asked): %5.</source>
        <translation>Aucun seuil ne satisfait les deux. La capacité des ventes l’emporte : MQL ≥ %1 reste sous %2 par mois mais ne capte que %3 des résultats (%4 demandés) : %5.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="366"/>
        <source>No threshold keeps MQLs within %1 a month: triggers and the ICP threshold make MQLs whatever the threshold (%2 a month at the highest).</source>
        <translation>Aucun seuil ne maintient les MQL sous %1 par mois : les déclencheurs et le seuil ICP créent des MQL quel que soit le seuil (%2 par mois au plus haut).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="370"/>
        <source>No threshold catches %1 of the outcomes: even the lowest catches %2.</source>
        <translation>Aucun seuil ne capte %1 des résultats : même le plus bas n’en capte que %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="397"/>
        <source>MQL ≥ %1
%2 MQLs a month (%3 in %n month(s))
precision %4 (%5 of %6 MQLs reached the outcome)
recall %7 (%5 of %8 outcomes)</source>
        <translation>
            <numerusform>MQL ≥ %1
%2 MQL par mois (%3 en %n mois)
précision %4 (%5 des %6 MQL ont atteint le résultat)
rappel %7 (%5 sur %8 résultats)</numerusform>
            <numerusform>MQL ≥ %1
%2 MQL par mois (%3 en %n mois)
précision %4 (%5 des %6 MQL ont atteint le résultat)
rappel %7 (%5 sur %8 résultats)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ChartPanel</name>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="56"/>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="77"/>
        <source>No lead to show: the workspace holds none yet, or the filter selects none.</source>
        <translation>Aucun lead à afficher : l’espace de travail n’en contient encore aucun, ou le filtre n’en sélectionne aucun.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="114"/>
        <source>LeadStage dashboard chart</source>
        <translation>Graphique du tableau de bord LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="129"/>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="130"/>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="132"/>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="138"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="138"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="140"/>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="144"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="144"/>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>LeadStage::CohortHeatMap</name>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="14"/>
        <source>IQL → MQL conversion by cohort</source>
        <translation>Conversion IQL → MQL par cohorte</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="20"/>
        <source>% converted</source>
        <translation>% convertis</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="35"/>
        <source>Months of 30 days since IQL (6 = the 180-day conversion)</source>
        <translation>Mois de 30 jours depuis l’IQL (6 = la conversion à 180 jours)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="60"/>
        <source>No cohort to follow: none of the selected leads reached IQL in the periods shown.</source>
        <translation>Aucune cohorte à suivre : aucun des leads sélectionnés n’a atteint IQL dans les périodes affichées.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="107"/>
        <source>IQLs of %1 at MQL within %2 days</source>
        <translation>IQL de %1 passés MQL en %2 jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="118"/>
        <source>Cohort %1 (%2 IQLs)
within %3 days: %4 MQL = %5</source>
        <translation>Cohorte %1 (%2 IQL)
en %3 jours : %4 MQL = %5</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="123"/>
        <source>not final: those days have not all passed</source>
        <translation>pas définitif : ces jours ne sont pas tous écoulés</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="125"/>
        <source>provisional cohort</source>
        <translation>cohorte provisoire</translation>
    </message>
</context>
<context>
    <name>LeadStage::ConditionEditor</name>
    <message>
        <location filename="../ui/ruleeditor/ConditionEditor.cpp" line="30"/>
        <source>A lead field, or the name of an extra column kept in the lead&apos;s attrs; attrs.NAME always means the extra column, also when a lead field has its name</source>
        <translation>Un champ du lead, ou le nom d’une colonne supplémentaire conservée dans les attrs du lead ; attrs.NOM désigne toujours la colonne supplémentaire, même quand un champ du lead porte ce nom</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ConditionEditor.cpp" line="35"/>
        <source>= and != compare text (case-insensitive) or numbers; in: one of a list; contains: any of the words; &gt;=, &lt;=, between: numbers; empty: the field has no value</source>
        <translation>= et != comparent du texte (sans tenir compte de la casse) ou des nombres ; in : l’une des valeurs d’une liste ; contains : l’un des mots ; &gt;=, &lt;=, between : des nombres ; empty : le champ n’a pas de valeur</translation>
    </message>
</context>
<context>
    <name>LeadStage::CountEventsChoices</name>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="16"/>
        <source>Count columns as events</source>
        <translation>Compter des colonnes comme événements</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="20"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="22"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="26"/>
        <source>For exports without event history: a column holding a count per lead (&quot;TotalVisits&quot;, &quot;Emails Opened&quot;) becomes that many events of an activity, dated at the lead&apos;s created date, so rules on that activity score them.</source>
        <translation>Pour les exports sans historique d’événements : une colonne contenant un nombre par lead (« TotalVisits », « Emails Opened ») devient autant d’événements d’une activité, datés à la date de création du lead, afin que les règles sur cette activité les notent.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="30"/>
        <source>A column no field takes (kept as attribute or ignored) whose cells are whole counts; a cell that is not a count, or a count over %1, rejects its row</source>
        <translation>Une colonne qu’aucun champ ne reprend (conservée comme attribut ou ignorée) dont les cellules sont des nombres entiers ; une cellule qui n’est pas un nombre, ou un nombre supérieur à %1, rejette sa ligne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="34"/>
        <source>The workspace&apos;s activity the counted events are of</source>
        <translation>L’activité de l’espace de travail à laquelle appartiennent les événements comptés</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="36"/>
        <source>Turn the column&apos;s counts into events of the activity</source>
        <translation>Transformer les nombres de la colonne en événements de l’activité</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="38"/>
        <source>Columns that become events in this import</source>
        <translation>Colonnes qui deviennent des événements lors de cet import</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="41"/>
        <source>The selected column is imported as before, without events</source>
        <translation>La colonne sélectionnée est importée comme avant, sans événements</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="45"/>
        <source>Column:</source>
        <translation>Colonne :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="47"/>
        <source>becomes that many events of:</source>
        <translation>devient autant d’événements de :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="117"/>
        <source>%1 → events of %2</source>
        <translation>%1 → événements de %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="125"/>
        <source>None: every column is imported as mapped above.</source>
        <translation>Aucune : chaque colonne est importée selon l’affectation ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="126"/>
        <source>Each count becomes that many events at the lead&apos;s created date; importing the file again adds only what a grown count adds.</source>
        <translation>Chaque nombre devient autant d’événements à la date de création du lead ; importer à nouveau le fichier n’ajoute que ce qu’apporte un nombre qui a augmenté.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="130"/>
        <source>%1 feeds a field or is not in this file: remove it here or map it to no field.</source>
        <translation>%1 alimente un champ ou ne figure pas dans ce fichier : retirez-la ici ou ne l’affectez à aucun champ.</translation>
    </message>
</context>
<context>
    <name>LeadStage::CsvPreviewModel</name>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="73"/>
        <source>Line %1 will be rejected: %2</source>
        <translation>La ligne %1 sera rejetée : %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="75"/>
        <source>&apos;%1&apos; is read as missing (not answered)</source>
        <translation>« %1 » est lu comme manquant (sans réponse)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="91"/>
        <source>Rejected because</source>
        <translation>Rejetée parce que</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="96"/>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
</context>
<context>
    <name>LeadStage::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="167"/>
        <source>Loading workspace…</source>
        <translation>Chargement de l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="223"/>
        <source>%1 selected</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="225"/>
        <source>%1 selected, as of %2</source>
        <translation>Sélection : %1, au %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="237"/>
        <source>This workspace holds no leads yet. Import a CRM or marketing-automation export with File → Import (Ctrl+I), or drop the CSV files on this window.</source>
        <translation>Cet espace de travail ne contient encore aucun lead. Importez un export de CRM ou de marketing automation avec Fichier → Importer (Ctrl+I), ou déposez les fichiers CSV sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="240"/>
        <source>No lead matches the filter. Widen the date range or clear a filter above.</source>
        <translation>Aucun lead ne correspond au filtre. Élargissez la période ou supprimez un filtre ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="243"/>
        <source>No IQL falls within the chosen dates (%1 selected by the other filters). Widen the date range, or untick it to see every period.</source>
        <translation>Aucun IQL ne tombe dans les dates choisies (%1 sélectionnés par les autres filtres). Élargissez la plage de dates, ou décochez-la pour voir toutes les périodes.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="247"/>
        <source>No lead has reached IQL under the active model (%1 selected). Widen the filter, or import their engagement events (File → Import).</source>
        <translation>Aucun lead n’a atteint IQL avec le modèle actif (%1 sélectionnés). Élargissez le filtre, ou importez leurs événements d’engagement (Fichier → Importer).</translation>
    </message>
</context>
<context>
    <name>LeadStage::DateEdit</name>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="20"/>
        <source>Type a date as %1, or pick one from the calendar</source>
        <translation>Saisissez une date au format %1, ou choisissez-en une dans le calendrier</translation>
    </message>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="92"/>
        <location filename="../ui/common/DateEdit.cpp" line="120"/>
        <source>“%1” is not a date: %2 is kept</source>
        <translation>« %1 » n’est pas une date : %2 est conservé</translation>
    </message>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="99"/>
        <source>“%1” cannot go there: type the date as %2, e.g. %3</source>
        <translation>« %1 » ne peut pas aller à cet endroit : saisissez la date au format %2, p. ex. %3</translation>
    </message>
</context>
<context>
    <name>LeadStage::DecayChart</name>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="27"/>
        <source>engagement of an idle lead</source>
        <translation>engagement d’un lead inactif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="29"/>
        <source>IQL threshold</source>
        <translation>Seuil IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="37"/>
        <source>days since the last event (30-day months)</source>
        <translation>jours depuis le dernier événement (mois de 30 jours)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="40"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="60"/>
        <source>Day %1: %2 points</source>
        <translation>Jour %1 : %2 points</translation>
    </message>
</context>
<context>
    <name>LeadStage::DecayPanel</name>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="32"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="33"/>
        <source>Months (30 days each) without activity before the score starts to fall</source>
        <translation>Mois (de 30 jours) sans activité avant que le score commence à baisser</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="34"/>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="39"/>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="35"/>
        <source>no decay</source>
        <translation>pas de décroissance</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="36"/>
        <source>Points lost for each further full month of inactivity, never below zero</source>
        <translation>Points perdus pour chaque mois complet supplémentaire d’inactivité, jamais sous zéro</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="40"/>
        <source>The engagement of the idle lead the chart follows (not part of the model)</source>
        <translation>L’engagement du lead inactif que suit le graphique (ne fait pas partie du modèle)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="44"/>
        <source>&amp;Grace</source>
        <translation>&amp;Délai de grâce</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="45"/>
        <source>&amp;Decay per month</source>
        <translation>Dé&amp;croissance par mois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="46"/>
        <source>Decay</source>
        <translation>Décroissance</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="49"/>
        <source>&amp;Start score</source>
        <translation>&amp;Score de départ</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="50"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="93"/>
        <source>An idle lead at %1 points stays at or above the IQL threshold (%2) all year.</source>
        <translation>Un lead inactif à %1 points reste au niveau du seuil IQL (%2) ou au-dessus toute l’année.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="94"/>
        <source>%1 points is below the IQL threshold (%2) already.</source>
        <translation>%1 points, c’est déjà sous le seuil IQL (%2).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="95"/>
        <source>An idle lead at %1 points falls below the IQL threshold (%2) on day %3.</source>
        <translation>Un lead inactif à %1 points passe sous le seuil IQL (%2) au jour %3.</translation>
    </message>
</context>
<context>
    <name>LeadStage::DecileTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="74"/>
        <source>Double-click to open them in the lead explorer: %1</source>
        <translation>Double-cliquez pour les ouvrir dans l’explorateur de leads : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="76"/>
        <source>Tied scores stay together: this row holds a tie that crosses the end of a decile (or there are fewer than ten leads), so it covers deciles %1.
</source>
        <translation>Les scores égaux restent ensemble : cette ligne contient une égalité qui franchit la limite d’un décile (ou il y a moins de dix leads), elle couvre donc les déciles %1.
</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Decile</source>
        <translation>Décile</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Cum. gain</source>
        <translation>Gain cumulé</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Cum. lift</source>
        <translation>Lift cumulé</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="92"/>
        <source>Tenths of the scored leads, highest scores first</source>
        <translation>Dixièmes des leads notés, scores les plus élevés en premier</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="93"/>
        <source>The highest and lowest score in the row</source>
        <translation>Le score le plus élevé et le plus bas de la ligne</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="94"/>
        <source>Leads in the row</source>
        <translation>Leads de la ligne</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="95"/>
        <source>Of them, leads that reached the outcome</source>
        <translation>Parmi eux, les leads qui ont atteint le résultat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="96"/>
        <source>Outcomes / leads</source>
        <translation>Résultats / leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="97"/>
        <source>The row&apos;s rate / the overall rate</source>
        <translation>Taux de la ligne / taux global</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="98"/>
        <source>The share of all outcomes found in this row and the ones above</source>
        <translation>La part de tous les résultats trouvés dans cette ligne et celles du dessus</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="99"/>
        <source>The rate so far / the overall rate</source>
        <translation>Taux cumulé / taux global</translation>
    </message>
</context>
<context>
    <name>LeadStage::DraftTablePanel</name>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="34"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="35"/>
        <source>Add a %1 below the selected one</source>
        <translation>Ajouter sous l’élément sélectionné : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="36"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="37"/>
        <source>Delete the selected %1</source>
        <translation>Supprimer l’élément sélectionné : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="52"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="53"/>
        <source>Try this %1 earlier (the first that holds wins)</source>
        <translation>Essayer cet élément (%1) plus tôt (le premier qui s’applique l’emporte)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="55"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="56"/>
        <source>Try this %1 later</source>
        <translation>Essayer cet élément (%1) plus tard</translation>
    </message>
</context>
<context>
    <name>LeadStage::EngagementChart</name>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="15"/>
        <source>Engagement rate of IQLs</source>
        <translation>Taux d’engagement des IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="38"/>
        <source>Shaded: reference band 35–50 %</source>
        <translation>Zone ombrée : fourchette de référence 35–50 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="46"/>
        <source>IQLs with an event in the month (%)</source>
        <translation>IQL avec un événement dans le mois (%)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="60"/>
        <source>No selected lead was an IQL in any month shown: no engagement rate to draw.</source>
        <translation>Aucun lead sélectionné n’était IQL dans l’un des mois affichés : aucun taux d’engagement à tracer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="105"/>
        <source>IQLs engaged in %1</source>
        <translation>IQL engagés en %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="114"/>
        <source>%1: %2 of %3 IQLs engaged = %4</source>
        <translation>%1 : %2 IQL engagés sur %3 = %4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="118"/>
        <source>partial month: the analysis date falls inside it</source>
        <translation>mois partiel : la date d’analyse tombe dans ce mois</translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluatePanel</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="50"/>
        <source>Could not read the CRM&apos;s recorded stages: %1. %2</source>
        <translation>Impossible de lire les étapes enregistrées par le CRM : %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="78"/>
        <source>Back-testing: scoring each lead with its events up to the moment…</source>
        <translation>Test rétrospectif : notation de chaque lead avec ses événements jusqu’au moment choisi…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="82"/>
        <source>Back-test</source>
        <translation>Test rétrospectif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="83"/>
        <source>How well each checked model ranks the leads that reached the outcome</source>
        <translation>Dans quelle mesure chaque modèle coché classe bien les leads qui ont atteint le résultat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="122"/>
        <source>Could not read the workspace&apos;s leads and events: %1. %2</source>
        <translation>Impossible de lire les leads et les événements de l’espace de travail : %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="141"/>
        <source>Open a workspace to back-test its scoring model against its outcomes.</source>
        <translation>Ouvrez un espace de travail pour tester rétrospectivement son modèle de notation sur ses résultats.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="145"/>
        <source>Reading the workspace…</source>
        <translation>Lecture de l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="232"/>
        <source>Could not read the saved models: %1. %2</source>
        <translation>Impossible de lire les modèles enregistrés : %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="246"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="247"/>
        <source>Draft (unsaved changes)</source>
        <translation>Brouillon (modifications non enregistrées)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="248"/>
        <source>Draft (same as %1)</source>
        <translation>Brouillon (identique à %1)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="286"/>
        <source>Check a model on the left to back-test it against the workspace&apos;s outcomes.</source>
        <translation>Cochez un modèle à gauche pour le tester rétrospectivement sur les résultats de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="310"/>
        <source>Could not back-test: %1. %2</source>
        <translation>Test rétrospectif impossible : %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="335"/>
        <source>Reading the workspace&apos;s leads and events…</source>
        <translation>Lecture des leads et des événements de l’espace de travail…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="342"/>
        <source>Back-testing %n model(s): scoring each lead with its events up to the moment…</source>
        <translation>
            <numerusform>Test rétrospectif de %n modèle : notation de chaque lead avec ses événements jusqu’au moment choisi…</numerusform>
            <numerusform>Test rétrospectif de %n modèles : notation de chaque lead avec ses événements jusqu’au moment choisi…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="347"/>
        <source>Back-testing…</source>
        <translation>Test rétrospectif…</translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluateRequestForm</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="81"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="82"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="83"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="86"/>
        <source>%1 (CRM)</source>
        <translation>%1 (CRM)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="87"/>
        <source>The outcome the score should predict; reaching a later stage counts too. “(CRM)”: the lifecycle stage the CRM&apos;s export recorded, instead of the outcomes table</source>
        <translation>Le résultat que le score doit prédire ; atteindre une étape ultérieure compte aussi. « (CRM) » : l’étape du cycle de vie enregistrée dans l’export du CRM, au lieu de la table des résultats</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="90"/>
        <source>As of a date</source>
        <translation>À une date</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="91"/>
        <source>At IQL entry</source>
        <translation>À l’entrée en IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="92"/>
        <source>At MQL entry</source>
        <translation>À l’entrée en MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="93"/>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="94"/>
        <source>As of a date: every lead scored with its events up to that date. At IQL or MQL entry: each lead scored when it reached the stage. Snapshot: every lead scored at the analysis date, for outcomes known only as a yes/no flag; optimistic, as leakage cannot be ruled out</source>
        <translation>À une date : chaque lead est noté avec ses événements jusqu’à cette date. À l’entrée en IQL ou en MQL : chaque lead est noté quand il atteint l’étape. Instantané : chaque lead est noté à la date d’analyse, pour des résultats connus seulement par un indicateur oui/non ; optimiste, car une fuite d’information n’est pas exclue</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="99"/>
        <source>Leads are scored with their events up to the end of this day (UTC); an outcome in the horizon after it counts</source>
        <translation>Les leads sont notés avec leurs événements jusqu’à la fin de ce jour (UTC) ; un résultat survenant ensuite dans l’horizon compte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="102"/>
        <source>Latest</source>
        <translation>Au plus tard</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="103"/>
        <source>The latest date whose whole horizon lies within the data: the analysis date minus the horizon</source>
        <translation>La dernière date dont tout l’horizon tient dans les données : la date d’analyse moins l’horizon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="107"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="108"/>
        <source>How long after the moment an outcome counts</source>
        <translation>Combien de temps après le moment choisi un résultat compte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="112"/>
        <source>Check the models to compare. The first checked is the reference the others are compared with: drag a model up to make it the reference</source>
        <translation>Cochez les modèles à comparer. Le premier coché est la référence à laquelle les autres sont comparés : faites glisser un modèle vers le haut pour en faire la référence</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="124"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="125"/>
        <source>Scored</source>
        <translation>Notation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="126"/>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="127"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="131"/>
        <source>Back-test</source>
        <translation>Test rétrospectif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="134"/>
        <source>Models to compare</source>
        <translation>Modèles à comparer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="187"/>
        <source>Check a model to back-test it.</source>
        <translation>Cochez un modèle pour le tester rétrospectivement.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="189"/>
        <source>Check a second model to compare it with %1.</source>
        <translation>Cochez un second modèle pour le comparer à %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="191"/>
        <source>Compared with %1, the first checked. Drag to reorder.</source>
        <translation>Comparé à %1, le premier coché. Faites glisser pour réordonner.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="225"/>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="319"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="230"/>
        <source>%1 (built-in, active)</source>
        <translation>%1 (intégré, actif)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="233"/>
        <source>%1 v%2 (active)</source>
        <translation>%1 v%2 (actif)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="233"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="235"/>
        <source>Saved %1 (id %2)%3</source>
        <translation>Enregistré le %1 (id %2)%3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="241"/>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="247"/>
        <source>The draft as edited now</source>
        <translation>Le brouillon tel qu’il est modifié maintenant</translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluationSummaryModel</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="52"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="56"/>
        <source>%1 to %2, %3</source>
        <translation>%1 à %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="58"/>
        <source>paired</source>
        <translation>apparié</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="58"/>
        <source>unpaired</source>
        <translation>non apparié</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="68"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="128"/>
        <source>Paired DeLong interval: both models scored the same leads at the same moments</source>
        <translation>Intervalle de DeLong apparié : les deux modèles ont noté les mêmes leads aux mêmes moments</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="129"/>
        <source>Unpaired interval √(SE₁² + SE₂²): each model found its own moments, so the leads differ</source>
        <translation>Intervalle non apparié √(SE₁² + SE₂²) : chaque modèle a trouvé ses propres moments, les leads diffèrent donc</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="132"/>
        <source>No interval without two outcomes and two leads without one</source>
        <translation>Pas d’intervalle sans deux résultats et deux leads sans résultat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>Scored leads</source>
        <translation>Leads notés</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>95 % interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Δ AUC</source>
        <translation>Δ AUC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Δ 95 % interval</source>
        <translation>Intervalle Δ à 95 %</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="143"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="143"/>
        <source>MQLs a month</source>
        <translation>MQL par mois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="143"/>
        <source>MQL first</source>
        <translation>MQL d’abord</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="145"/>
        <source>Leads scored at the moment (the rest were left out: see the counts below)</source>
        <translation>Leads notés au moment choisi (les autres ont été exclus : voir les chiffres ci-dessous)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="146"/>
        <source>Scored leads that reached the outcome within the horizon</source>
        <translation>Leads notés qui ont atteint le résultat dans l’horizon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="147"/>
        <source>Area under the ROC curve: the chance that a lead with the outcome scored higher than one without (ties count one half). 0.5 is a coin toss, 1 a perfect ranking</source>
        <translation>Aire sous la courbe ROC : la probabilité qu’un lead avec le résultat ait un score plus élevé qu’un lead sans (les égalités comptent pour moitié). 0,5 équivaut au hasard, 1 à un classement parfait</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="149"/>
        <source>DeLong&apos;s 95 % interval of the AUC</source>
        <translation>Intervalle de DeLong à 95 % de l’AUC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="150"/>
        <source>This model&apos;s AUC minus the reference&apos;s (the first column)</source>
        <translation>L’AUC de ce modèle moins celle de la référence (la première colonne)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="151"/>
        <source>The 95 % interval of the difference: paired when both scored the same leads</source>
        <translation>L’intervalle à 95 % de la différence : apparié quand les deux ont noté les mêmes leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="152"/>
        <source>Leads that were MQL at the moment (by score or by a trigger)</source>
        <translation>Leads qui étaient MQL au moment choisi (par le score ou par un déclencheur)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="153"/>
        <source>Of the MQLs, the share that reached the outcome</source>
        <translation>Parmi les MQL, la part qui a atteint le résultat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="154"/>
        <source>Of the outcomes, the share that was MQL at the moment</source>
        <translation>Parmi les résultats, la part qui était MQL au moment choisi</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="155"/>
        <source>Leads that became MQL in the last six 30-day months up to the analysis date, per month (the capacity sales needs at this model&apos;s threshold)</source>
        <translation>Leads devenus MQL au cours des six derniers mois de 30 jours jusqu’à la date d’analyse, par mois (la capacité dont les ventes ont besoin au seuil de ce modèle)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="157"/>
        <source>Of the outcomes, how many reached MQL at or before the outcome (in a replay to the analysis date)</source>
        <translation>Parmi les résultats, combien ont atteint MQL au moment du résultat ou avant (en rejouant jusqu’à la date d’analyse)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="171"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="179"/>
        <source>The reference: the other models are compared with it</source>
        <translation>La référence : les autres modèles lui sont comparés</translation>
    </message>
</context>
<context>
    <name>LeadStage::EventTableModel</name>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="56"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="58"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="60"/>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="62"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>LeadStage::ExplorerColumnChooser</name>
    <message>
        <location filename="../ui/explorer/ExplorerColumnChooser.cpp" line="95"/>
        <source>Columns of the imported file</source>
        <translation>Colonnes du fichier importé</translation>
    </message>
</context>
<context>
    <name>LeadStage::ExplorerFilterBar</name>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="19"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="34"/>
        <source>Search name, e-mail or company</source>
        <translation>Rechercher un nom, un e-mail ou une entreprise</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="44"/>
        <source>The field the text beside it is looked for in</source>
        <translation>Le champ dans lequel le texte à côté est recherché</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="45"/>
        <source>CRM id</source>
        <translation>Id CRM</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="47"/>
        <source>contains…</source>
        <translation>contient…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="54"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="56"/>
        <source>Grade</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="58"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>LeadStage::FilterPanel</name>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="27"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="29"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="31"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="33"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="50"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="52"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="55"/>
        <source>Grade</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="56"/>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="65"/>
        <source>Clear every filter: all dates, values and grades (%1)</source>
        <translation>Effacer tous les filtres : dates, valeurs et catégories (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="70"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="71"/>
        <source>Save the filter under a name, or pick a saved one</source>
        <translation>Enregistrer le filtre sous un nom, ou en choisir un enregistré</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="77"/>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="78"/>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="279"/>
        <source>No saved views yet</source>
        <translation>Aucune vue enregistrée pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="281"/>
        <source>Save Current Filter As…</source>
        <translation>Enregistrer le filtre actuel sous…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="283"/>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="306"/>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="309"/>
        <source>Rename View</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="284"/>
        <source>Delete View</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="296"/>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="297"/>
        <source>Name for the current filter (a view of that name is replaced):</source>
        <translation>Nom du filtre actuel (une vue portant ce nom est remplacée) :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="306"/>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom de « %1 » :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="310"/>
        <source>“%1” was not renamed: the name is empty or another view has it.</source>
        <translation>« %1 » n’a pas été renommée : le nom est vide ou une autre vue le porte déjà.</translation>
    </message>
</context>
<context>
    <name>LeadStage::FitPanel</name>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="29"/>
        <source>New fit rule</source>
        <translation>Nouvelle règle d’adéquation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="32"/>
        <source>Fit Rule</source>
        <translation>Règle d’adéquation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="41"/>
        <source> fit points</source>
        <translation> points d’adéquation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="42"/>
        <source>Grade A from this many fit points (at most 100)</source>
        <translation>Catégorie A à partir de ce nombre de points d’adéquation (100 au plus)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="43"/>
        <source>Grade B from this many fit points (below A)</source>
        <translation>Catégorie B à partir de ce nombre de points d’adéquation (sous A)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="44"/>
        <source>Grade C from this many fit points (below B); below C is D</source>
        <translation>Catégorie C à partir de ce nombre de points d’adéquation (sous B) ; sous C, c’est D</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="46"/>
        <source>Grade &amp;A from</source>
        <translation>Catégorie &amp;A à partir de</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="47"/>
        <source>Grade &amp;B from</source>
        <translation>Catégorie &amp;B à partir de</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="48"/>
        <source>Grade &amp;C from</source>
        <translation>Catégorie &amp;C à partir de</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="49"/>
        <source>Fit points are summed over the rules and clamped to 0–100. Grades A and B are ICP fit: they use the lower ICP MQL threshold when it is set.</source>
        <translation>Les points d’adéquation sont additionnés sur les règles et ramenés entre 0 et 100. Les catégories A et B correspondent à l’ICP : elles utilisent le seuil MQL ICP, plus bas, quand il est défini.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="55"/>
        <source>Grade boundaries</source>
        <translation>Limites des catégories</translation>
    </message>
</context>
<context>
    <name>LeadStage::FitRuleTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Fit rule</source>
        <translation>Règle d’adéquation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="31"/>
        <source>What the rule says about the lead&apos;s firmographics</source>
        <translation>Ce que dit la règle sur les données d’entreprise du lead</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="32"/>
        <source>A condition on a lead field: industry, employees, country, job title, e-mail domain …</source>
        <translation>Une condition sur un champ du lead : secteur, effectif, pays, fonction, domaine de l’e-mail …</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="33"/>
        <source>Fit points when the condition holds; the sum is clamped to 0–100 and graded A–D</source>
        <translation>Points d’adéquation quand la condition est remplie ; la somme est ramenée entre 0 et 100 et classée de A à D</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln fit point(s) when %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %Ln point d’adéquation si %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %Ln points d’adéquation si %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="84"/>
        <source>this column cannot be edited</source>
        <translation>cette colonne n’est pas modifiable</translation>
    </message>
</context>
<context>
    <name>LeadStage::FunnelChart</name>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="14"/>
        <source>Funnel: leads that reached each stage</source>
        <translation>Entonnoir : leads ayant atteint chaque étape</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="35"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="73"/>
        <source>Leads that reached %1</source>
        <translation>Leads ayant atteint %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="83"/>
        <source>%1: %2 ever reached, %3 there now</source>
        <translation>%1 : %2 l’ont atteinte, %3 y sont maintenant</translation>
    </message>
</context>
<context>
    <name>LeadStage::GainsChart</name>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Leads taken, highest scores first</source>
        <translation>Leads retenus, scores les plus élevés en premier</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Outcomes found (cumulative gain)</source>
        <translation>Résultats trouvés (gain cumulé)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Random order</source>
        <translation>Ordre aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="24"/>
        <source>No lead taken</source>
        <translation>Aucun lead retenu</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="31"/>
        <source>Deciles 1–%1 (scores ≥ %2): %3 of the leads, %4 of the outcomes, cumulative lift %5</source>
        <translation>Déciles 1–%1 (scores ≥ %2) : %3 des leads, %4 des résultats, lift cumulé %5</translation>
    </message>
</context>
<context>
    <name>LeadStage::GenerationChart</name>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="14"/>
        <source>IQL generation</source>
        <translation>Génération d’IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="46"/>
        <source>None of the selected leads reached IQL in the periods shown.</source>
        <translation>Aucun des leads sélectionnés n’a atteint IQL dans les périodes affichées.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="65"/>
        <source>IQLs / month</source>
        <translation>IQL / mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="65"/>
        <source>IQLs / quarter</source>
        <translation>IQL / trimestre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="104"/>
        <source>%1: %2 IQLs</source>
        <translation>%1 : %2 IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="115"/>
        <source>IQLs of %1</source>
        <translation>IQL de %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportActivitiesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="23"/>
        <source>&amp;Create a new activity for each name without one (track info, category Imported: worth 0 points until a rule uses it)</source>
        <translation>&amp;Créer une nouvelle activité pour chaque nom qui n’en a pas (parcours info, catégorie Importée : 0 point tant qu’aucune règle ne l’utilise)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="28"/>
        <source>Activity names</source>
        <translation>Noms d’activité</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="29"/>
        <source>Each activity name in the events files maps to a LeadStage activity, which the scoring rules count. Rows whose name has no activity are rejected, with the reason.</source>
        <translation>Chaque nom d’activité des fichiers d’événements correspond à une activité LeadStage, que comptent les règles de notation. Les lignes dont le nom n’a pas d’activité sont rejetées, avec le motif.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="32"/>
        <source>Reading the whole file… %p%</source>
        <translation>Lecture du fichier entier… %p%</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>LeadStage activity</source>
        <translation>Activité LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="75"/>
        <source>Counting the activity names in the whole file…</source>
        <translation>Comptage des noms d’activité dans tout le fichier…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="113"/>
        <source>— a new activity, created by the import —</source>
        <translation>— une nouvelle activité, créée par l’import —</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="114"/>
        <source>— no activity: rows rejected —</source>
        <translation>— aucune activité : lignes rejetées —</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="130"/>
        <source>The events files hold no activity names.</source>
        <translation>Les fichiers d’événements ne contiennent aucun nom d’activité.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="131"/>
        <source>Every activity name maps to a LeadStage activity.</source>
        <translation>Chaque nom d’activité correspond à une activité LeadStage.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="138"/>
        <source>&apos;%1&apos; (%2) as %3</source>
        <translation>« %1 » (%2) comme %3</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="144"/>
        <source>New activities will be created for %1, worth 0 points until a rule uses them.</source>
        <translation>De nouvelles activités seront créées pour %1, à 0 point tant qu’aucune règle ne les utilise.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="149"/>
        <source>No activity for %1: their %2 rows will be rejected unless you choose one below.</source>
        <translation>Aucune activité pour %1 : leurs %2 lignes seront rejetées, sauf si vous en choisissez une ci-dessous.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportDatesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="27"/>
        <source>Date formats</source>
        <translation>Formats de date</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="28"/>
        <source>How each date column is written. Every date is read as UTC. A value that does not fit its column&apos;s format is rejected with the reason.</source>
        <translation>Comment chaque colonne de date est écrite. Chaque date est lue en UTC. Une valeur qui ne correspond pas au format de sa colonne est rejetée avec le motif.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="31"/>
        <source>Reading the whole file… %p%</source>
        <translation>Lecture du fichier entier… %p%</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="70"/>
        <source>Looking at every date in the files…</source>
        <translation>Examen de chaque date des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="90"/>
        <source>Choose: month or day first?</source>
        <translation>Choisissez : mois ou jour en premier ?</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="94"/>
        <source>%1 — not every value fits</source>
        <translation>%1 — certaines valeurs ne correspondent pas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="100"/>
        <source>Every value reads as M/D/YYYY and as D/M/YYYY: say which the file means</source>
        <translation>Chaque valeur se lit en M/J/AAAA comme en J/M/AAAA : indiquez ce que veut dire le fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="101"/>
        <source>The format every value of the column fits</source>
        <translation>Le format auquel correspond chaque valeur de la colonne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="130"/>
        <source>No column is mapped to a date field.</source>
        <translation>Aucune colonne n’est affectée à un champ de date.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="133"/>
        <source>The dates of %1 read as month/day and as day/month alike: choose the format before you go on.</source>
        <translation>Les dates de %1 se lisent aussi bien mois/jour que jour/mois : choisissez le format avant de continuer.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="137"/>
        <source>Every date column has its format.</source>
        <translation>Chaque colonne de date a son format.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="140"/>
        <source>No format fits every value of %1: choose the one most values are written in; the rows that do not fit are rejected with their line.</source>
        <translation>Aucun format ne correspond à toutes les valeurs de %1 : choisissez celui dans lequel la plupart sont écrites ; les lignes qui ne correspondent pas sont rejetées avec leur numéro.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportFilesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="24"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="26"/>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="27"/>
        <source>Leads, events (engagement activities) and outcomes (sales results) can come together: they land in one transaction, leads first.</source>
        <translation>Leads, événements (activités d’engagement) et résultats (résultats commerciaux) peuvent être importés ensemble : ils arrivent en une seule transaction, les leads en premier.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>What it looks like</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="39"/>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="41"/>
        <source>Choose CSV exports of leads, events or outcomes (you can also drop them on the window)</source>
        <translation>Choisissez des exports CSV de leads, d’événements ou de résultats (vous pouvez aussi les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="43"/>
        <source>Leave the selected file out of this import</source>
        <translation>Exclure le fichier sélectionné de cet import</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="69"/>
        <source>Import CSV Files</source>
        <translation>Importer des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="70"/>
        <source>CSV exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Exports CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="99"/>
        <source>Recognised from the header; change it if the guess is wrong</source>
        <translation>Reconnu d’après l’en-tête ; modifiez-le si la supposition est fausse</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportHistoryModel</name>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="19"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="21"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="23"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="58"/>
        <source>Undone on %1 (UTC)</source>
        <translation>Annulé le %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="60"/>
        <source>Made by an older LeadStage, which did not record what it replaced: cannot be undone</source>
        <translation>Réalisé par une ancienne version de LeadStage, qui n’enregistrait pas ce qu’elle remplaçait : annulation impossible</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="84"/>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="84"/>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="84"/>
        <source>In place (older)</source>
        <translation>En place (ancien)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="98"/>
        <source>No checksum: the import did not finish</source>
        <translation>Pas de somme de contrôle : l’import ne s’est pas terminé</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="99"/>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 du fichier : %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="101"/>
        <source>Double-click to see the rejected rows</source>
        <translation>Double-cliquez pour voir les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="103"/>
        <source>Import %1: select it and choose Undo Import… to take it back</source>
        <translation>Import %1 : sélectionnez-le et choisissez Annuler l’import… pour le retirer</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="122"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="124"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="126"/>
        <source>Started (UTC)</source>
        <translation>Démarré (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="128"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="130"/>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="132"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="134"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="136"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="138"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportHistoryPanel</name>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="29"/>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annuler l’import…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="30"/>
        <source>Undo Import…</source>
        <translation>Annuler l’import…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="31"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="32"/>
        <source>Rejected Rows…</source>
        <translation>Lignes rejetées…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="36"/>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="50"/>
        <source>Remove what the chosen import added and give back what it replaced</source>
        <translation>Retirer ce que l’import choisi a ajouté et rétablir ce qu’il a remplacé</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="54"/>
        <source>List the rows the chosen import rejected, with the reason for each</source>
        <translation>Lister les lignes rejetées par l’import choisi, avec le motif de chacune</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="94"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="151"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="247"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="250"/>
        <source>Undo Import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="94"/>
        <source>This import cannot be undone.</source>
        <translation>Cet import ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="106"/>
        <source>Undo import %1 (%2, “%3”)?</source>
        <translation>Annuler l’import %1 (%2, « %3 ») ?</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="108"/>
        <source>It removes what the import added:
  • %1 leads it created
  • %2 events
  • %3 outcomes it created
and gives back what it replaced:
  • %4 fields of %5 leads it updated
  • the outcomes of %6 leads

Then %7 leads are rescored. The import stays in the history, marked as undone; it cannot be undone twice.</source>
        <translation>Cette action retire ce que l’import a ajouté :
  • %1 leads qu’il a créés
  • %2 événements
  • %3 résultats qu’il a créés
et rétablit ce qu’il a remplacé :
  • %4 champs de %5 leads qu’il a mis à jour
  • les résultats de %6 leads

Ensuite, %7 leads sont renotés. L’import reste dans l’historique, marqué comme annulé ; il ne peut pas être annulé deux fois.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="120"/>
        <source>It also removes %1 stages the CRM recorded and %2 activity types the import created, and gives %3 recorded stages their previous date back.</source>
        <translation>Elle retire aussi %1 étapes enregistrées par le CRM et %2 types d’activité créés par l’import, et rend à %3 étapes enregistrées leur date précédente.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="133"/>
        <source>Import %1 undone: %2 leads, %3 events and %4 outcomes removed; %5 fields of %6 leads and the outcomes of %7 leads restored.</source>
        <translation>Import %1 annulé : %2 leads, %3 événements et %4 résultats retirés ; %5 champs de %6 leads et les résultats de %7 leads rétablis.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="139"/>
        <source>%1 recorded stages and %2 activity types removed; %3 recorded stages restored.</source>
        <translation>%1 étapes enregistrées et %2 types d’activité retirés ; %3 étapes enregistrées rétablies.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="144"/>
        <source>Rescoring failed (%1); the scores stay marked out of date until a rescore finishes.</source>
        <translation>La renotation a échoué (%1) ; les scores restent marqués comme périmés jusqu’à la fin d’une renotation.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="152"/>
        <source>The import was undone, but the workspace could not be read again.</source>
        <translation>L’import a été annulé, mais l’espace de travail n’a pas pu être relu.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="154"/>
        <source>The import was not undone; nothing was changed.</source>
        <translation>L’import n’a pas été annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="191"/>
        <source>The import history could not be read: %1</source>
        <translation>Impossible de lire l’historique des imports : %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="218"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="226"/>
        <source>Choose an import in the list first</source>
        <translation>Choisissez d’abord un import dans la liste</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="219"/>
        <source>This import rejected no rows</source>
        <translation>Cet import n’a rejeté aucune ligne</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="266"/>
        <source>Undoing import %1</source>
        <translation>Annulation de l’import %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="266"/>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="268"/>
        <source>Cancel stops it before anything changes; the rescore after it runs to the end.</source>
        <translation>Annuler l’arrête avant toute modification ; la renotation qui suit va jusqu’au bout.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportMappingPage</name>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="37"/>
        <source>Save as &amp;Preset</source>
        <translation>Enregistrer comme &amp;préréglage</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="38"/>
        <source>Save to F&amp;ile…</source>
        <translation>Enregistrer dans un f&amp;ichier…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="44"/>
        <source>Column mapping</source>
        <translation>Affectation des colonnes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="45"/>
        <source>Which column feeds which field. Columns mapped to no field are kept with the lead as attributes (attrs), usable by field rules.</source>
        <translation>Quelle colonne alimente quel champ. Les colonnes affectées à aucun champ sont conservées avec le lead comme attributs (attrs), utilisables par les règles sur les champs.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="49"/>
        <source>Map every column the way a built-in or saved preset does</source>
        <translation>Affecter chaque colonne comme le fait un préréglage intégré ou enregistré</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="58"/>
        <source>Name, e.g. Our HubSpot</source>
        <translation>Nom, p. ex. Notre HubSpot</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="60"/>
        <source>Keep this mapping (all files, with the activity names and date formats) under a name</source>
        <translation>Conserver cette affectation (tous les fichiers, avec les noms d’activité et les formats de date) sous un nom</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="63"/>
        <source>Write this mapping to a file you can edit, keep or give to a colleague; Load Preset File reads it back</source>
        <translation>Écrire cette affectation dans un fichier que vous pouvez modifier, conserver ou transmettre à un collègue ; Charger un fichier de préréglage la relit</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="68"/>
        <source>&amp;Load Preset File…</source>
        <translation>&amp;Charger un fichier de préréglage…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="69"/>
        <source>Use a mapping file saved elsewhere (for example by a colleague)</source>
        <translation>Utiliser un fichier d’affectation enregistré ailleurs (par exemple par un collègue)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="77"/>
        <source>Pr&amp;eset:</source>
        <translation>Pré&amp;réglage :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="84"/>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="149"/>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="154"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="174"/>
        <source>(empty in the first rows)</source>
        <translation>(vide dans les premières lignes)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="179"/>
        <source>Kept as attribute (attrs)</source>
        <translation>Conservée comme attribut (attrs)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="180"/>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="184"/>
        <source>The LeadStage field this column feeds</source>
        <translation>Le champ LeadStage que cette colonne alimente</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="200"/>
        <source>Every column of %1 feeds a field or is ignored.</source>
        <translation>Chaque colonne de %1 alimente un champ ou est ignorée.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="201"/>
        <source>Kept as attributes (attrs) of %1: %2.</source>
        <translation>Conservées comme attributs (attrs) de %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="207"/>
        <source>No column is mapped to %1 or %2 in %3: map the column that identifies the lead above, or, when the file has none, tick “name each row&apos;s lead by file and line” below.</source>
        <translation>Aucune colonne n’est affectée à %1 ou %2 dans %3 : affectez ci-dessus la colonne qui identifie le lead ou, si le fichier n’en a pas, cochez « nommer le lead de chaque ligne par fichier et ligne » ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="243"/>
        <source>Load Mapping Preset</source>
        <translation>Charger un préréglage d’affectation</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="244"/>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="290"/>
        <source>LeadStage mappings (*.json);;All files (*)</source>
        <translation>Affectations LeadStage (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="265"/>
        <source>Mapped every file with the preset &apos;%1&apos;.</source>
        <translation>Chaque fichier a été affecté avec le préréglage « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="266"/>
        <source>The preset &apos;%1&apos; does not fit %2: their mapping is unchanged.</source>
        <translation>Le préréglage « %1 » ne convient pas à %2 : leur affectation reste inchangée.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="282"/>
        <source>Saved as the preset &apos;%1&apos; (%2).</source>
        <translation>Enregistré comme préréglage « %1 » (%2).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="289"/>
        <source>Save Mapping File</source>
        <translation>Enregistrer le fichier d’affectation</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="301"/>
        <source>Saved the mapping to %1: Load Preset File reads it back.</source>
        <translation>Affectation enregistrée dans %1 : Charger un fichier de préréglage la relit.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="38"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="39"/>
        <source>The first 100 rows as they will be read. If the columns look wrong, change the encoding, the separator or the row that names the columns.</source>
        <translation>Les 100 premières lignes telles qu’elles seront lues. Si les colonnes semblent fausses, changez l’encodage, le séparateur ou la ligne qui nomme les colonnes.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="47"/>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="52"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="51"/>
        <source>Files saved by Excel on Windows are usually Windows-1252</source>
        <translation>Les fichiers enregistrés par Excel sous Windows sont généralement en Windows-1252</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="56"/>
        <source>Reports often start with title lines: choose the row that names the columns</source>
        <translation>Les rapports commencent souvent par des lignes de titre : choisissez la ligne qui nomme les colonnes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="58"/>
        <source>none: only empty cells are missing</source>
        <translation>aucune : seules les cellules vides sont manquantes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="59"/>
        <source>Cells that mean &quot;not answered&quot;, separated by commas: they are read as missing, like empty cells (compared trimmed, in any case)</source>
        <translation>Cellules qui signifient « sans réponse », séparées par des virgules : elles sont lues comme manquantes, comme les cellules vides (comparées sans espaces autour, sans tenir compte de la casse)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="74"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="75"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="76"/>
        <source>&amp;Header row:</source>
        <translation>Ligne d’&amp;en-tête :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="83"/>
        <source>Read as &amp;missing:</source>
        <translation>Lire comme &amp;manquant :</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="143"/>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="189"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="146"/>
        <source>This file cannot be read as chosen: %1</source>
        <translation>Ce fichier ne peut pas être lu avec ces choix : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="160"/>
        <source>%n of these rows will be rejected (marked red; the tooltip says why).</source>
        <translation>
            <numerusform>%n de ces lignes sera rejetée (en rouge ; l’infobulle dit pourquoi).</numerusform>
            <numerusform>%n de ces lignes seront rejetées (en rouge ; l’infobulle dit pourquoi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="162"/>
        <source>%n cell(s) are read as missing (greyed).</source>
        <translation>
            <numerusform>%n cellule est lue comme manquante (grisée).</numerusform>
            <numerusform>%n cellules sont lues comme manquantes (grisées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportResultPage</name>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="25"/>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="28"/>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Already there</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Leads created</source>
        <translation>Leads créés</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="42"/>
        <source>Write the selected file&apos;s rejected rows (line, column, reason, row) as CSV to fix them in a spreadsheet and import them again</source>
        <translation>Écrire les lignes rejetées du fichier sélectionné (ligne, colonne, motif, contenu) en CSV pour les corriger dans un tableur et les importer à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="58"/>
        <source>Saved %1 rejected rows to %2.</source>
        <translation>%1 lignes rejetées enregistrées dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="84"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="85"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="86"/>
        <source>Imported %1 rows and rejected %2 in %3; %4 leads were touched.</source>
        <translation>%1 lignes importées et %2 rejetées en %3 ; %4 leads ont été touchés.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="90"/>
        <source>Their scores and stages are up to date.</source>
        <translation>Leurs scores et leurs étapes sont à jour.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="93"/>
        <source>Rescoring failed (%1): the scores stay out of date until every lead is rescored, which opening the workspace again does.</source>
        <translation>La renotation a échoué (%1) : les scores restent périmés jusqu’à ce que chaque lead soit renoté, ce que fait la réouverture de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="98"/>
        <source>The rejected rows are kept with the import: select a file and save them as CSV to fix them in a spreadsheet.</source>
        <translation>Les lignes rejetées sont conservées avec l’import : sélectionnez un fichier et enregistrez-les en CSV pour les corriger dans un tableur.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="127"/>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="127"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="138"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportRunPage</name>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="18"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="19"/>
        <source>The files land in one transaction: Cancel stops the import and leaves the workspace exactly as it was. Afterwards the scores of the leads it touched are brought up to date.</source>
        <translation>Les fichiers arrivent en une seule transaction : Annuler arrête l’import et laisse l’espace de travail exactement comme il était. Ensuite, les scores des leads touchés sont mis à jour.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="40"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="43"/>
        <source>The import did not start: %1</source>
        <translation>L’import n’a pas démarré : %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="68"/>
        <source>%1 of about %2 rows</source>
        <translation>%1 lignes sur environ %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="71"/>
        <source> — %1 rows/s, about %2 s left</source>
        <translation> — %1 lignes/s, environ %2 s restantes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="80"/>
        <source>The import was cancelled: nothing was written. Press Import to start it again, or Cancel to close.</source>
        <translation>L’import a été annulé : rien n’a été écrit. Appuyez sur Importer pour le relancer, ou sur Annuler pour fermer.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="83"/>
        <source>The import failed and nothing was written: %1</source>
        <translation>L’import a échoué et rien n’a été écrit : %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportValidationPage</name>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="51"/>
        <source>&amp;Update it with the file&apos;s values</source>
        <translation>&amp;Le mettre à jour avec les valeurs du fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="52"/>
        <source>&amp;Leave it as it is</source>
        <translation>Le &amp;laisser tel quel</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="53"/>
        <source>&amp;Create the leads that events or outcomes name but the workspace lacks</source>
        <translation>&amp;Créer les leads que citent les événements ou les résultats mais qui manquent dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="59"/>
        <source>Already there</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="59"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Row in the file</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="64"/>
        <source>Check before importing</source>
        <translation>Vérifier avant l’import</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="65"/>
        <source>Every row was tried in a dry run: nothing is written until you press Import.</source>
        <translation>Chaque ligne a été essayée à blanc : rien n’est écrit avant que vous n’appuyiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="67"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="78"/>
        <source>Trying every row…</source>
        <translation>Essai de chaque ligne…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="80"/>
        <source>When a lead is already in the workspace (same CRM id or e-mail)</source>
        <translation>Quand un lead est déjà dans l’espace de travail (même id CRM ou même e-mail)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="165"/>
        <source>Trying every row of the files in a dry run…</source>
        <translation>Essai à blanc de chaque ligne des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="180"/>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="183"/>
        <source>The import cannot run: %1</source>
        <translation>L’import ne peut pas s’exécuter : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="220"/>
        <source>%n row(s) are ready to import.</source>
        <translation>
            <numerusform>%n ligne est prête à être importée.</numerusform>
            <numerusform>%n lignes sont prêtes à être importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="223"/>
        <source>%n row(s) will be rejected; the first are listed below with their reasons.</source>
        <translation>
            <numerusform>%n ligne sera rejetée ; elle figure ci-dessous avec sa raison.</numerusform>
            <numerusform>%n lignes seront rejetées ; les premières figurent ci-dessous avec leurs raisons.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="226"/>
        <source>Nothing would be imported: go Back and check the mapping, the activities and the dates.</source>
        <translation>Rien ne serait importé : revenez en arrière et vérifiez l’affectation, les activités et les dates.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="242"/>
        <source>Import the %1 good rows and leave the %2 rejected rows out (kept with the import, they can be saved as CSV)</source>
        <translation>Importer les %1 lignes valides et laisser de côté les %2 lignes rejetées (conservées avec l’import, elles peuvent être enregistrées en CSV)</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Import CSV Files</source>
        <translation>Importer des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="67"/>
        <source>Reading the files was stopped.</source>
        <translation>La lecture des fichiers a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="69"/>
        <source>The file cannot be read to the end: %1</source>
        <translation>Le fichier ne peut pas être lu jusqu’au bout : %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::KpiTile</name>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="57"/>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="91"/>
        <source>%1 only, the last whole quarter</source>
        <translation>%1 uniquement, le dernier trimestre complet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="92"/>
        <location filename="../ui/dashboard/KpiTile.cpp" line="99"/>
        <source>%1 only, the last whole month</source>
        <translation>%1 uniquement, le dernier mois complet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="94"/>
        <source>IQLs of %1 only, the last cohort whose 180 days have passed</source>
        <translation>IQL de %1 uniquement, la dernière cohorte dont les 180 jours sont écoulés</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="96"/>
        <source>MQLs of %1 only, the last whole quarter</source>
        <translation>MQL de %1 uniquement, le dernier trimestre complet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="97"/>
        <source>MQLs of %1 only, the last whole month</source>
        <translation>MQL de %1 uniquement, le dernier mois complet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="109"/>
        <source>The IQL generation chart shows every period in the filter, one bar each.</source>
        <translation>Le graphique de génération d’IQL montre chaque période du filtre, une barre par période.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="111"/>
        <source>The cohort chart shows every cohort in the filter, month by month after IQL.</source>
        <translation>Le graphique des cohortes montre chaque cohorte du filtre, mois par mois après l’IQL.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="113"/>
        <source>The time-to-MQL chart&apos;s median and quartiles cover all periods in the filter together, so they differ from this one period&apos;s median.</source>
        <translation>La médiane et les quartiles du graphique du délai jusqu’au MQL couvrent ensemble toutes les périodes du filtre : ils diffèrent donc de la médiane de cette seule période.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="116"/>
        <source>The engagement chart shows every month in the filter.</source>
        <translation>Le graphique d’engagement montre chaque mois du filtre.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="138"/>
        <source>%1: %2 for %3</source>
        <translation>%1 : %2 pour %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="144"/>
        <source>The reference band describes a whole company&apos;s IQLs a month; a filtered part of the leads is not compared with it.</source>
        <translation>La fourchette de référence décrit les IQL mensuels de toute une entreprise ; une partie filtrée des leads n’est pas comparée avec elle.</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadDetailLoader</name>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="85"/>
        <source>lead %1 is no longer in the workspace</source>
        <translation>le lead %1 n’est plus dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="89"/>
        <source>CRM id</source>
        <translation>Id CRM</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="89"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="90"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="90"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="91"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="91"/>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="92"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="92"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="93"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="93"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="94"/>
        <source>Row id</source>
        <translation>Id de ligne</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="128"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="129"/>
        <source>Grade</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="130"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="131"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="132"/>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="133"/>
        <source>Scored as of</source>
        <translation>Noté au</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="154"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="185"/>
        <source>Outcomes without a date</source>
        <translation>Résultats sans date</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="196"/>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="199"/>
        <source>Stages the CRM recorded</source>
        <translation>Étapes enregistrées par le CRM</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadDetailView</name>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="81"/>
        <source>Why this score</source>
        <translation>Pourquoi ce score</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="82"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="103"/>
        <source>Select a lead to see why it has its score.</source>
        <translation>Sélectionnez un lead pour voir pourquoi il a ce score.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="121"/>
        <source>Lead #%1</source>
        <translation>Lead n° %1</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="127"/>
        <source>%1 &amp;nbsp; grade %2 &amp;nbsp; engagement %3 &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;model %4&lt;/span&gt;</source>
        <translation>%1 &amp;nbsp; catégorie %2 &amp;nbsp; engagement %3 &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;modèle %4&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="133"/>
        <source>not scored yet &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;model %1&lt;/span&gt;</source>
        <translation>pas encore noté &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;modèle %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="162"/>
        <source>Stage moments</source>
        <translation>Moments des étapes</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="166"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="168"/>
        <source>Other columns</source>
        <translation>Autres colonnes</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadExplorer</name>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="41"/>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="169"/>
        <source>All leads</source>
        <translation>Tous les leads</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="69"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="70"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="71"/>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="72"/>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="73"/>
        <source>Copy the selected rows as tab-separated text (Ctrl+C)</source>
        <translation>Copier les lignes sélectionnées en texte séparé par des tabulations (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="78"/>
        <source>Copy Selected Leads</source>
        <translation>Copier les leads sélectionnés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/explorer/LeadExplorer.cpp" line="128"/>
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="131"/>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="133"/>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="134"/>
        <source>Select a lead to see why it has its score.</source>
        <translation>Sélectionnez un lead pour voir pourquoi il a ce score.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="229"/>
        <source>%1 rows written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="236"/>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="253"/>
        <source>Copying…</source>
        <translation>Copie…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="270"/>
        <source>Export leads</source>
        <translation>Exporter les leads</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="270"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="278"/>
        <source>Select a lead first: the chart shows the selected lead.</source>
        <translation>Sélectionnez d’abord un lead : le graphique montre le lead sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="281"/>
        <source>Export score timeline</source>
        <translation>Exporter l’évolution du score</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="282"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="284"/>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadFileChoices</name>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="19"/>
        <source>This &amp;import&apos;s time</source>
        <translation>L’heure de cet &amp;import</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="20"/>
        <source>Each lead&apos;s &amp;first event in this import (leads without one: this import&apos;s time)</source>
        <translation>Le &amp;premier événement de chaque lead dans cet import (leads sans événement : l’heure de cet import)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="24"/>
        <source>Import anyway: a repeated row &amp;updates the lead of the earlier row</source>
        <translation>Importer quand même : une ligne répétée &amp;met à jour le lead de la ligne précédente</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="26"/>
        <source>This file has no lead id or e-mail: name each row&apos;s lead by &amp;file and line</source>
        <translation>Ce fichier n’a ni id de lead ni e-mail : nommer le lead de chaque ligne par &amp;fichier et ligne</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="30"/>
        <source>Each row&apos;s lead gets the CRM id FILENAME:LINE (e.g. bank.csv:2), so importing the same file again updates the same leads and leads of other files never collide. Map a column to CRM id or E-mail above instead when the file has one.</source>
        <translation>Le lead de chaque ligne reçoit l’id CRM NOMFICHIER:LIGNE (p. ex. bank.csv:2) : importer à nouveau le même fichier met à jour les mêmes leads, et les leads d’autres fichiers ne se confondent jamais. Affectez plutôt une colonne à Id CRM ou E-mail ci-dessus si le fichier en a une.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="35"/>
        <source>No column is mapped to %1: which date do new leads get? (Or map the file&apos;s date column to it above.)</source>
        <translation>Aucune colonne n’est affectée à %1 : quelle date les nouveaux leads reçoivent-ils ? (Ou affectez-lui ci-dessus la colonne de date du fichier.)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="89"/>
        <source>&apos;%1&apos; (1 more row)</source>
        <translation>« %1 » (1 ligne de plus)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="90"/>
        <source>&apos;%1&apos; (%2 more rows)</source>
        <translation>« %1 » (%2 lignes de plus)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="92"/>
        <source>In the first rows, %1 repeat the CRM id or e-mail of an earlier row, so they would update that lead instead of adding their own: %2. Is the right column mapped as the lead&apos;s id?</source>
        <translation>Dans les premières lignes, %1 répètent l’id CRM ou l’e-mail d’une ligne précédente : elles mettraient à jour ce lead au lieu d’ajouter le leur : %2. La bonne colonne est-elle affectée comme id du lead ?</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadTableModel</name>
    <message>
        <location filename="../ui/explorer/LeadTableModel.cpp" line="205"/>
        <source>%1: a column of the imported file</source>
        <translation>%1 : une colonne du fichier importé</translation>
    </message>
</context>
<context>
    <name>LeadStage::LedgerTableModel</name>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="34"/>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="36"/>
        <source>rule (capped)</source>
        <translation>règle (plafonnée)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="38"/>
        <source>field rule</source>
        <translation>règle sur champ</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="40"/>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="42"/>
        <source>decay</source>
        <translation>décroissance</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="44"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="63"/>
        <source>Would have paid %1; cut to %2 by the rule&apos;s cap.</source>
        <translation>Aurait rapporté %1 ; ramené à %2 par le plafond de la règle.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="103"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="105"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="107"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="109"/>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="111"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="113"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="115"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="117"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="119"/>
        <source>Decay</source>
        <translation>Décroissance</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="121"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>LeadStage::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Cannot open the workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation>L’espace de travail de démonstration n’a pas été créé : annulé.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>The demo workspace was not created</source>
        <translation>L’espace de travail de démonstration n’a pas été créé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Create an empty workspace file</source>
        <translation>Créer un fichier d’espace de travail vide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Open a .leadstage workspace file</source>
        <translation>Ouvrir un fichier d’espace de travail .leadstage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Import CSV exports of leads, events or outcomes (or drop them on the window)</source>
        <translation>Importer des exports CSV de leads, d’événements ou de résultats (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Export &amp;Quarterly Report…</source>
        <translation>Exporter le rapport &amp;trimestriel…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Write the quarter&apos;s funnel report as PDF, Excel, HTML or CSV</source>
        <translation>Écrire le rapport d’entonnoir du trimestre en PDF, Excel, HTML ou CSV</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Language, dates, theme and the analysis date a workspace opens at</source>
        <translation>Langue, dates, thème et date d’analyse à l’ouverture d’un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Scoring &amp;Model</source>
        <translation>&amp;Modèle de notation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>LeadStage &amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Open the user guide in your web browser</source>
        <translation>Ouvrir le guide de l’utilisateur dans votre navigateur web</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Every key LeadStage answers to</source>
        <translation>Toutes les touches auxquelles LeadStage répond</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;About LeadStage</source>
        <translation>À &amp;propos de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Version, licence and the libraries LeadStage is built on</source>
        <translation>Version, licence et bibliothèques sur lesquelles repose LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>The user guide did not open</source>
        <translation>Le guide de l’utilisateur ne s’est pas ouvert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Creating the demo workspace</source>
        <translation>Création de l’espace de travail de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <location filename="../ui/MainWindow.cpp" line="428"/>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="417"/>
        <source>Workspace checked on opening</source>
        <translation>Espace de travail vérifié à l’ouverture</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>While opening “%1”:</source>
        <translation>Pendant l’ouverture de « %1 » :</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="428"/>
        <source>Bringing the scores up to date</source>
        <translation>Mise à jour des scores</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>%1.
Every lead is rescored before the workspace opens; Cancel opens it with the scores left as they are.</source>
        <translation>%1.
Chaque lead est renoté avant l’ouverture de l’espace de travail ; Annuler l’ouvre avec les scores tels qu’ils sont.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source> · events %1 – %2</source>
        <translation> · événements du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Open or create a workspace first, then import the files into it.</source>
        <translation>Ouvrez ou créez d’abord un espace de travail, puis importez-y les fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490"/>
        <source>LeadStage</source>
        <translation>LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490"/>
        <source>%1[*] — LeadStage</source>
        <translation>%1[*] — LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="499"/>
        <source>LeadStage did not close properly last time.</source>
        <translation>LeadStage ne s’est pas fermé correctement la dernière fois.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>LeadStage did not close properly</source>
        <translation>LeadStage ne s’est pas fermé correctement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>LeadStage ended without closing while “%1” was open, so it was not reopened on its own.</source>
        <translation>LeadStage s’est arrêté sans se fermer alors que « %1 » était ouvert ; il n’a donc pas été rouvert automatiquement.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Opening it checks the file and undoes any change that was not finished. Open it now, or choose another workspace.</source>
        <translation>L’ouvrir vérifie le fichier et annule toute modification inachevée. Ouvrez-le maintenant ou choisissez un autre espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>Open “%1”</source>
        <translation>Ouvrir « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="533"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="534"/>
        <source>LeadStage workspaces (*.leadstage)</source>
        <translation>Espaces de travail LeadStage (*.leadstage)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="541"/>
        <source>The workspace was not created</source>
        <translation>L’espace de travail n’a pas été créé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Open it with File → Open, or choose another name.</source>
        <translation>Ouvrez-le avec Fichier → Ouvrir, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>LeadStage workspaces (*.leadstage);;All files (*)</source>
        <translation>Espaces de travail LeadStage (*.leadstage);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelDraft</name>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="84"/>
        <source>Load %1 v%2</source>
        <translation>Charger %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="134"/>
        <source>nothing to delete there</source>
        <translation>rien à supprimer à cet endroit</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="145"/>
        <source>nothing to change there</source>
        <translation>rien à modifier à cet endroit</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="164"/>
        <source>Add rule “%1”</source>
        <translation>Ajouter la règle « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="170"/>
        <source>no rule to duplicate</source>
        <translation>aucune règle à dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="173"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="175"/>
        <source>Duplicate rule “%1”</source>
        <translation>Dupliquer la règle « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="181"/>
        <source>no rule to delete</source>
        <translation>aucune règle à supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="182"/>
        <source>Delete rule “%1”</source>
        <translation>Supprimer la règle « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="189"/>
        <source>no rule to move</source>
        <translation>aucune règle à déplacer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="194"/>
        <source>Move rule “%1”</source>
        <translation>Déplacer la règle « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="211"/>
        <source>no rule to change</source>
        <translation>aucune règle à modifier</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="216"/>
        <source>Rename rule “%1”</source>
        <translation>Renommer la règle « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="219"/>
        <source>Change the activity of “%1”</source>
        <translation>Changer l’activité de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="222"/>
        <source>Change the condition of “%1”</source>
        <translation>Changer la condition de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="225"/>
        <source>Change the detail pattern of “%1”</source>
        <translation>Changer le motif de détail de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="228"/>
        <source>Change the track of “%1”</source>
        <translation>Changer le parcours de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="231"/>
        <source>Change the points of “%1”</source>
        <translation>Changer les points de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="234"/>
        <source>Change how “%1” pays</source>
        <translation>Changer la façon dont « %1 » rapporte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="237"/>
        <source>Change the count of “%1”</source>
        <translation>Changer le nombre de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="240"/>
        <source>Change the cap of “%1”</source>
        <translation>Changer le plafond de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="243"/>
        <source>Move “%1” to another category</source>
        <translation>Déplacer « %1 » dans une autre catégorie</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>a category needs a name</source>
        <translation>une catégorie doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>Type a name such as “Webinar”.</source>
        <translation>Saisissez un nom comme « Webinaire ».</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="256"/>
        <source>Rename category “%1” to “%2”</source>
        <translation>Renommer la catégorie « %1 » en « %2 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="270"/>
        <source>Add trigger “%1”</source>
        <translation>Ajouter le déclencheur « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="276"/>
        <source>no trigger to delete</source>
        <translation>aucun déclencheur à supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="278"/>
        <source>Delete trigger “%1”</source>
        <translation>Supprimer le déclencheur « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="283"/>
        <source>Change trigger “%1”</source>
        <translation>Modifier le déclencheur « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="296"/>
        <source>Change the thresholds</source>
        <translation>Modifier les seuils</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="301"/>
        <source>Change the decay</source>
        <translation>Modifier la décroissance</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="306"/>
        <source>Change the grade boundaries</source>
        <translation>Modifier les limites des catégories</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="311"/>
        <source>Change the stagnation days</source>
        <translation>Modifier les jours de stagnation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="316"/>
        <source>Add fit rule “%1”</source>
        <translation>Ajouter la règle d’adéquation « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="322"/>
        <source>no fit rule to delete</source>
        <translation>aucune règle d’adéquation à supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="324"/>
        <source>Delete fit rule “%1”</source>
        <translation>Supprimer la règle d’adéquation « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="329"/>
        <source>Change fit rule “%1”</source>
        <translation>Modifier la règle d’adéquation « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="334"/>
        <source>Add nurture track “%1”</source>
        <translation>Ajouter le parcours de nurturing « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="340"/>
        <source>no nurture track to delete</source>
        <translation>aucun parcours de nurturing à supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="342"/>
        <source>Delete nurture track “%1”</source>
        <translation>Supprimer le parcours de nurturing « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="349"/>
        <source>no nurture track to move there</source>
        <translation>aucun parcours de nurturing à déplacer à cet endroit</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="358"/>
        <source>Move nurture track “%1”</source>
        <translation>Déplacer le parcours de nurturing « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="364"/>
        <source>Change nurture track “%1”</source>
        <translation>Modifier le parcours de nurturing « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="369"/>
        <source>Add nurture step “%1”</source>
        <translation>Ajouter l’étape de nurturing « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="375"/>
        <source>no nurture step to delete</source>
        <translation>aucune étape de nurturing à supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="377"/>
        <source>Delete nurture step “%1”</source>
        <translation>Supprimer l’étape de nurturing « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="383"/>
        <source>Change nurture step “%1”</source>
        <translation>Modifier l’étape de nurturing « %1 »</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelEditorPage</name>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="69"/>
        <source>Version &amp;History…</source>
        <translation>&amp;Historique des versions…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="70"/>
        <source>&amp;Evaluate Against Outcomes</source>
        <translation>É&amp;valuer sur les résultats</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="85"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="86"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="87"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="88"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="90"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="186"/>
        <source>Save as New Version…</source>
        <translation>Enregistrer comme nouvelle version…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="91"/>
        <source>Save the draft as the next version, rescore the workspace and make it active (Ctrl+S)</source>
        <translation>Enregistrer le brouillon comme version suivante, renoter l’espace de travail et l’activer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="93"/>
        <source>Save as Draft…</source>
        <translation>Enregistrer comme brouillon…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="94"/>
        <source>Store the draft as a new version without making it active and without rescoring; activate it later in the version history</source>
        <translation>Enregistrer le brouillon comme nouvelle version sans l’activer ni renoter ; activez-le plus tard dans l’historique des versions</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="98"/>
        <source>Revert</source>
        <translation>Revenir au modèle actif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="98"/>
        <source>Discard the draft and go back to the active model</source>
        <translation>Abandonner le brouillon et revenir au modèle actif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="100"/>
        <source>Versions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="101"/>
        <source>The saved versions with date and comment: activate, revert, duplicate, load into the draft, compare, export and import JSON (Ctrl+H)</source>
        <translation>Les versions enregistrées avec date et commentaire : activer, rétablir, dupliquer, charger dans le brouillon, comparer, exporter et importer en JSON (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="119"/>
        <source>New trigger</source>
        <translation>Nouveau déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="124"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="140"/>
        <source>Suggested Points</source>
        <translation>Points suggérés</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="141"/>
        <source>Threshold from Capacity</source>
        <translation>Seuil selon la capacité</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="151"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="152"/>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="153"/>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="154"/>
        <source>Decay</source>
        <translation>Décroissance</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="155"/>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="156"/>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="157"/>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="158"/>
        <source>Scoring rules by category: criterion, track, points, pays, cap</source>
        <translation>Règles de notation par catégorie : critère, parcours, points, mode de gain, plafond</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="159"/>
        <source>IQL, MQL and PQL thresholds over the workspace&apos;s scores</source>
        <translation>Seuils IQL, MQL et PQL sur les scores de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="160"/>
        <source>Activities that make a lead an MQL at once</source>
        <translation>Activités qui font immédiatement d’un lead un MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="161"/>
        <source>How an idle lead&apos;s score falls</source>
        <translation>Comment baisse le score d’un lead inactif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="162"/>
        <source>Firmographic fit rules and grade boundaries</source>
        <translation>Règles d’adéquation firmographiques et limites des catégories</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="163"/>
        <source>Nurture tracks, steps and stagnation</source>
        <translation>Parcours de nurturing, étapes et stagnation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="164"/>
        <source>Is the model any good? Back-test the draft and saved versions against the workspace&apos;s outcomes (Ctrl+E)</source>
        <translation>Le modèle est-il bon ? Tester rétrospectivement le brouillon et les versions enregistrées sur les résultats de l’espace de travail (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="291"/>
        <source>the active model has %n problem(s); the first: %1</source>
        <translation>
            <numerusform>le modèle actif a %n problème ; le premier : %1</numerusform>
            <numerusform>le modèle actif a %n problèmes ; le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="302"/>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="304"/>
        <source>Reading the scoring model…</source>
        <translation>Lecture du modèle de notation…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="306"/>
        <source>%1 (built-in, not saved yet)</source>
        <translation>%1 (intégré, pas encore enregistré)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="308"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="311"/>
        <source>The active model: id %1, saved %2</source>
        <translation>Le modèle actif : id %1, enregistré le %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="319"/>
        <source>● Unsaved changes (draft)</source>
        <translation>● Modifications non enregistrées (brouillon)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="322"/>
        <source>Saved as draft %1 v%2, not active</source>
        <translation>Enregistré comme brouillon %1 v%2, non actif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="357"/>
        <source>Not changed: %1</source>
        <translation>Pas modifié : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="396"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="535"/>
        <source>Save as New Version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="397"/>
        <source>The draft is saved as a new version, the workspace is rescored with it, and then it becomes the active model.</source>
        <translation>Le brouillon est enregistré comme nouvelle version, l’espace de travail est renoté avec elle, puis elle devient le modèle actif.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="407"/>
        <source>Save as Draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="407"/>
        <source>The draft is stored as a new version. It does not become active and nothing is rescored: activate it later in the version history when it should score the leads.</source>
        <translation>Le brouillon est enregistré comme nouvelle version. Il ne devient pas actif et rien n’est renoté : activez-le plus tard dans l’historique des versions lorsqu’il devra noter les leads.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="422"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="452"/>
        <source>the draft cannot be saved: %1</source>
        <translation>le brouillon ne peut pas être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="429"/>
        <source>Nothing was saved: the draft is still here. %1</source>
        <translation>Rien n’a été enregistré : le brouillon est toujours là. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="435"/>
        <source>Stored %1 v%2 as a draft version: it is not active and no lead was rescored. Activate it in the version history when it should score the leads.</source>
        <translation>%1 v%2 enregistré comme version brouillon : il n’est pas actif et aucun lead n’a été renoté. Activez-le dans l’historique des versions lorsqu’il devra noter les leads.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="456"/>
        <source>Saving and rescoring</source>
        <translation>Enregistrement et renotation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="464"/>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="497"/>
        <source>Nothing was saved: the draft is still here and the workspace keeps its scores. %1</source>
        <translation>Rien n’a été enregistré : le brouillon est toujours là et l’espace de travail garde ses scores. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="506"/>
        <source>Saved %1 v%2 and made it active: %3 rescored.</source>
        <translation>%1 v%2 enregistré et activé : %3 renotés.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="611"/>
        <source>%1 v%2 is the active model now: %3 rescored.</source>
        <translation>%1 v%2 est maintenant le modèle actif : %3 renotés.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="515"/>
        <source>Revert the Draft</source>
        <translation>Rétablir le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="516"/>
        <source>Discard every change to the draft and go back to the active model?</source>
        <translation>Abandonner toutes les modifications du brouillon et revenir au modèle actif ?</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="519"/>
        <source>The undo history is cleared too.</source>
        <translation>L’historique d’annulation est aussi effacé.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="530"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="566"/>
        <source>Unsaved Scoring Model</source>
        <translation>Modèle de notation non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="531"/>
        <source>The scoring model has changes that are not saved.</source>
        <translation>Le modèle de notation a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="534"/>
        <source>Save them as a new active version (the workspace is rescored), or discard them?</source>
        <translation>Les enregistrer comme nouvelle version active (l’espace de travail est renoté) ou les abandonner ?</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="567"/>
        <source>The draft has changes that are not saved. %1</source>
        <translation>Le brouillon a des modifications non enregistrées. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="570"/>
        <source>Cancel keeps the draft: save it with Save as New Version first to keep its changes.</source>
        <translation>Annuler conserve le brouillon : enregistrez-le d’abord avec Enregistrer comme nouvelle version pour garder ses modifications.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="571"/>
        <source>Replace the Draft</source>
        <translation>Remplacer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="590"/>
        <source>The version made active becomes the draft.</source>
        <translation>La version activée devient le brouillon.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="592"/>
        <source>Reverting and rescoring</source>
        <translation>Rétablissement et renotation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="592"/>
        <source>Activating and rescoring</source>
        <translation>Activation et renotation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="604"/>
        <source>The active model and the workspace&apos;s scores are unchanged. %1</source>
        <translation>Le modèle actif et les scores de l’espace de travail sont inchangés. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="626"/>
        <source>Loading %1 v%2 replaces the draft.</source>
        <translation>Charger %1 v%2 remplace le brouillon.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="629"/>
        <source>The draft is now a copy of %1 v%2 (Edit → Undo brings back the draft it replaced). Save as New Version makes it the active model.</source>
        <translation>Le brouillon est maintenant une copie de %1 v%2 (Édition → Annuler ramène le brouillon qu’il a remplacé). Enregistrer comme nouvelle version en fait le modèle actif.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelSaveDialog</name>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="24"/>
        <source>The model&apos;s name: an existing name gets its next version, a new name starts at v1</source>
        <translation>Le nom du modèle : un nom existant reçoit sa version suivante, un nouveau nom commence à v1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="26"/>
        <source>Why this version: what changed and what it should do to the funnel</source>
        <translation>Pourquoi cette version : ce qui a changé et l’effet attendu sur l’entonnoir</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="27"/>
        <source>Shown in the version history beside the date</source>
        <translation>Affiché dans l’historique des versions à côté de la date</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="37"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="60"/>
        <source>A version needs a name: type the model&apos;s name to save its next version, or a new name to start a new model.</source>
        <translation>Une version doit avoir un nom : saisissez le nom du modèle pour enregistrer sa version suivante, ou un nouveau nom pour commencer un nouveau modèle.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="67"/>
        <source>Saved as %1 v%2, the next version of %1.</source>
        <translation>Enregistré comme %1 v%2, la version suivante de %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="68"/>
        <source>Saved as %1 v1, a new model name.</source>
        <translation>Enregistré comme %1 v1, un nouveau nom de modèle.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelVersionsPanel</name>
    <message>
        <location filename="../ui/workspace/ModelVersionsPanel.cpp" line="21"/>
        <source>Scoring model versions</source>
        <translation>Versions du modèle de notation</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ModelVersionsPanel.cpp" line="69"/>
        <source>The model versions could not be read: %1</source>
        <translation>Impossible de lire les versions du modèle : %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ModelVersionsPanel.cpp" line="72"/>
        <source>No scoring model has been saved in this workspace yet.</source>
        <translation>Aucun modèle de notation n’a encore été enregistré dans cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>LeadStage::MultiSelectButton</name>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="35"/>
        <source>Find a value</source>
        <translation>Rechercher une valeur</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="43"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="45"/>
        <source>Untick every value: the %1 filter then lets every lead through</source>
        <translation>Décocher toutes les valeurs : le filtre %1 laisse alors passer tous les leads</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="124"/>
        <source>%1: all</source>
        <translation>%1 : tous</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="128"/>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="129"/>
        <source>All %1 values</source>
        <translation>Toutes les valeurs de %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::NurturePanel</name>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="28"/>
        <source>New track</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="32"/>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="43"/>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="46"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="51"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="52"/>
        <source>A lead with no event for this many days before the analysis date is stagnant (a lead with no events counts from its creation)</source>
        <translation>Un lead sans événement depuis ce nombre de jours avant la date d’analyse est stagnant (un lead sans événement compte depuis sa création)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="55"/>
        <source>Stagnant &amp;after</source>
        <translation>Stagnant &amp;après</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="56"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="59"/>
        <source>Tracks (the first that holds wins)</source>
        <translation>Parcours (le premier qui s’applique l’emporte)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="61"/>
        <source>Steps (weeks since IQL)</source>
        <translation>Étapes (semaines depuis l’IQL)</translation>
    </message>
</context>
<context>
    <name>LeadStage::NurtureStepTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="25"/>
        <source>From week</source>
        <translation>À partir de la semaine</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="25"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="30"/>
        <source>The week after IQL the step starts (week 1 is the first 7 days); it lasts until the next step</source>
        <translation>La semaine après l’IQL où l’étape commence (la semaine 1 correspond aux 7 premiers jours) ; elle dure jusqu’à l’étape suivante</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="31"/>
        <source>The step of the nurture sequence, e.g. “Solution education”</source>
        <translation>L’étape de la séquence de nurturing, p. ex. « Découverte de la solution »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="51"/>
        <source>Weeks %1–%2 after IQL</source>
        <translation>Semaines %1–%2 après l’IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="52"/>
        <source>From week %1 after IQL on</source>
        <translation>À partir de la semaine %1 après l’IQL</translation>
    </message>
</context>
<context>
    <name>LeadStage::NurtureTrackTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Grades</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="45"/>
        <source>The nurture track&apos;s name; tracks are tried top to bottom and the first that holds wins</source>
        <translation>Le nom du parcours de nurturing ; les parcours sont essayés de haut en bas et le premier qui s’applique l’emporte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="46"/>
        <source>The lead&apos;s current stage must be one of these; none checked means any</source>
        <translation>L’étape actuelle du lead doit être l’une de celles-ci ; aucune cochée signifie n’importe laquelle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="47"/>
        <source>The lead&apos;s fit grade must be one of these; none checked means any</source>
        <translation>La catégorie d’adéquation du lead doit être l’une de celles-ci ; aucune cochée signifie n’importe laquelle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="48"/>
        <source>The lead&apos;s health must be one of these; none checked means active or stagnant</source>
        <translation>La santé du lead doit être l’une de celles-ci ; aucune cochée signifie actif ou stagnant</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="65"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2), priority %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (id %2), priorité %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="73"/>
        <source>active, stagnant</source>
        <translation>actif, stagnant</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="73"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="83"/>
        <source>a nurture track needs a name</source>
        <translation>un parcours de nurturing doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="83"/>
        <source>Type a name such as “Intensive”.</source>
        <translation>Saisissez un nom comme « Intensif ».</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="96"/>
        <source>this column cannot be edited</source>
        <translation>cette colonne n’est pas modifiable</translation>
    </message>
</context>
<context>
    <name>LeadStage::PaysEditor</name>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="19"/>
        <source>each</source>
        <translation>à chaque fois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="20"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="21"/>
        <source>at count</source>
        <translation>au N-ième</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="22"/>
        <source>each: every match pays; once: the first match; at count: once, at the N-th match</source>
        <translation>à chaque fois : chaque correspondance rapporte ; une fois : la première correspondance ; au N-ième : une fois, à la N-ième correspondance</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="24"/>
        <source>The match that pays (at least 2; at count 1 is “once”)</source>
        <translation>La correspondance qui rapporte (au moins 2 ; au N-ième avec 1 équivaut à « une fois »)</translation>
    </message>
</context>
<context>
    <name>LeadStage::PreferencesDialog</name>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="33"/>
        <source>The latest data in the workspace, or the date chosen for it</source>
        <translation>Les données les plus récentes de l’espace de travail, ou la date choisie pour celui-ci</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="34"/>
        <source>A fixed date:</source>
        <translation>Une date fixe :</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="39"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="44"/>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="62"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="44"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="56"/>
        <source>ISO 8601 (%1)</source>
        <translation>ISO 8601 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="57"/>
        <source>The language&apos;s own (%1)</source>
        <translation>Format de la langue (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="63"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="64"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="77"/>
        <source>Analysis date a workspace opens at</source>
        <translation>Date d’analyse à l’ouverture d’un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="85"/>
        <source>Stages, decay and the dashboard are worked out as of this date. A fixed date rescores a workspace that was scored at another date when it opens, and is kept in it.</source>
        <translation>Les étapes, la décroissance et le tableau de bord sont calculés à cette date. Une date fixe renote à son ouverture un espace de travail noté à une autre date, et y est conservée.</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="96"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="97"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="119"/>
        <source>The new language is used from the next start of LeadStage.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de LeadStage.</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="120"/>
        <source>A new language is used from the next start of LeadStage.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de LeadStage.</translation>
    </message>
</context>
<context>
    <name>LeadStage::QualityPanel</name>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="32"/>
        <source>Source quality</source>
        <translation>Qualité des sources</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="37"/>
        <source>* provisional: some IQLs&apos; 180 days have not passed yet</source>
        <translation>* provisoire : les 180 jours de certains IQL ne sont pas encore écoulés</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="41"/>
        <source>per source</source>
        <translation>par source</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="42"/>
        <source>per campaign</source>
        <translation>par campagne</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="43"/>
        <source>per industry</source>
        <translation>par secteur</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="120"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="122"/>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="124"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="125"/>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="127"/>
        <source>Copy table</source>
        <translation>Copier le tableau</translation>
    </message>
</context>
<context>
    <name>LeadStage::QualityTableModel</name>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="30"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="74"/>
        <source>%1 of %2 IQLs reached MQL within 180 days</source>
        <translation>%1 des %2 IQL ont atteint MQL en 180 jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="75"/>
        <source>* provisional: some 180 days not yet passed</source>
        <translation>* provisoire : certains délais de 180 jours ne sont pas encore écoulés</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="77"/>
        <source>%1 of %2 IQLs became customers</source>
        <translation>%1 des %2 IQL sont devenus clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="79"/>
        <source>median over the %1 IQLs that reached MQL</source>
        <translation>médiane sur les %1 IQL ayant atteint MQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="81"/>
        <source>%1: %2 IQLs — double-click to list them</source>
        <translation>%1 : %2 IQL — double-cliquez pour les lister</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="97"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="99"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="101"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="103"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="107"/>
        <source>IQLs</source>
        <translation>IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="109"/>
        <source>IQL → MQL</source>
        <translation>IQL → MQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="111"/>
        <source>IQL → customer</source>
        <translation>IQL → client</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="113"/>
        <source>Median time to MQL</source>
        <translation>Délai médian jusqu’au MQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="125"/>
        <source>IQLs over all periods in the filter. Not judged against the 300–500 a month band: that band is for all leads, not one row.</source>
        <translation>IQL sur toutes les périodes du filtre. Non évalués par rapport à la fourchette de 300–500 par mois : cette fourchette vaut pour l’ensemble des leads, pas pour une ligne.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="128"/>
        <source>Share of the row&apos;s IQLs at MQL within 180 days; the company band is 15–25 %.</source>
        <translation>Part des IQL de la ligne passés MQL en 180 jours ; la fourchette de l’entreprise est de 15–25 %.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="130"/>
        <source>Share of the row&apos;s IQLs that became customers.</source>
        <translation>Part des IQL de la ligne devenus clients.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="132"/>
        <source>Median days from IQL to MQL over the row&apos;s MQLs; the company band is 90–180 days.</source>
        <translation>Nombre médian de jours de l’IQL au MQL sur les MQL de la ligne ; la fourchette de l’entreprise est de 90–180 jours.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="168"/>
        <source>IQLs from %1 at MQL within 180 days</source>
        <translation>IQL de %1 passés MQL en 180 jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="170"/>
        <source>IQLs from %1 that became customers</source>
        <translation>IQL de %1 devenus clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="172"/>
        <source>IQLs from %1 that reached MQL</source>
        <translation>IQL de %1 ayant atteint MQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="174"/>
        <source>IQLs from %1</source>
        <translation>IQL de %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::RecordedStagesModel</name>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="64"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="66"/>
        <source>CRM (recorded)</source>
        <translation>CRM (enregistrée)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="68"/>
        <source>Model (computed)</source>
        <translation>Modèle (calculée)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="70"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="72"/>
        <source>Model only</source>
        <translation>Modèle seul</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="74"/>
        <source>CRM only</source>
        <translation>CRM seul</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="76"/>
        <source>CRM without date</source>
        <translation>CRM sans date</translation>
    </message>
</context>
<context>
    <name>LeadStage::RecordedStagesPanel</name>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="24"/>
        <source>Stages: recorded by the CRM and computed</source>
        <translation>Étapes : enregistrées par le CRM et calculées</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="30"/>
        <source>CRM and model side by side</source>
        <translation>CRM et modèle côte à côte</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="31"/>
        <source>Computed stages (model)</source>
        <translation>Étapes calculées (modèle)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="32"/>
        <source>Recorded stages (CRM)</source>
        <translation>Étapes enregistrées (CRM)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="65"/>
        <source>No lead has a stage recorded by the CRM. Import its lifecycle dates or yes/no columns (HubSpot&apos;s &quot;Became a … Date&quot;, Salesforce&apos;s converted date) to compare.</source>
        <translation>Aucun lead n’a d’étape enregistrée par le CRM. Importez ses dates de cycle de vie ou ses colonnes oui/non (« Became a … Date » de HubSpot, date de conversion de Salesforce) pour comparer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="68"/>
        <source>Of %1 leads, %2 have a stage recorded by the CRM; the model places %3 differently.</source>
        <translation>Sur %1 leads, %2 ont une étape enregistrée par le CRM ; le modèle en place %3 différemment.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="73"/>
        <source>%1 leads with undated outcomes: counted in the stage counts, left out of every figure that needs an outcome&apos;s date.</source>
        <translation>%1 leads avec des résultats non datés : comptés dans les effectifs par étape, exclus de tout chiffre qui a besoin de la date d’un résultat.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="77"/>
        <source>%1 leads with undated outcomes and %2 with undated recorded stages left out: the analysis date is before the workspace&apos;s.</source>
        <translation>%1 leads avec des résultats non datés et %2 avec des étapes enregistrées non datées exclus : la date d’analyse est antérieure à celle de l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>LeadStage::RejectedRowsDialog</name>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="27"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="31"/>
        <source>Rejected rows of import %1</source>
        <translation>Lignes rejetées de l’import %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="44"/>
        <source>Save these rows as CSV to correct them and import them again</source>
        <translation>Enregistrer ces lignes en CSV pour les corriger et les importer à nouveau</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="49"/>
        <source>%1: %n row(s) rejected out of %2 read. Each is listed with its reason and the row as it was in the file.</source>
        <translation>
            <numerusform>%1 : %n ligne rejetée sur %2 lues. Elle est listée avec son motif et telle qu’elle figurait dans le fichier.</numerusform>
            <numerusform>%1 : %n lignes rejetées sur %2 lues. Chacune est listée avec son motif et telle qu’elle figurait dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="55"/>
        <source>The rejected rows could not be read: %1</source>
        <translation>Impossible de lire les lignes rejetées : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="80"/>
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="87"/>
        <source>Export rejected rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="87"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="91"/>
        <source>The rows could not be saved: %1</source>
        <translation>Impossible d’enregistrer les lignes : %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::RejectedRowsModel</name>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="34"/>
        <source>the whole row</source>
        <translation>la ligne entière</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="54"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="56"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="58"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="60"/>
        <source>Row as in the file</source>
        <translation>Ligne telle que dans le fichier</translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportExportDialog</name>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="83"/>
        <source>Use the dashboard&apos;s filters</source>
        <translation>Utiliser les filtres du tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="90"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="91"/>
        <source>Open the report when done</source>
        <translation>Ouvrir le rapport une fois terminé</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="94"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="97"/>
        <source>Export Quarterly Report</source>
        <translation>Exporter le rapport trimestriel</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="103"/>
        <source>Reading the workspace…</source>
        <translation>Lecture de l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="113"/>
        <source>The dashboard&apos;s date range is not used: the quarter sets the dates.</source>
        <translation>La période du tableau de bord n’est pas utilisée : le trimestre fixe les dates.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="121"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="121"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="121"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="121"/>
        <source>CSV (folder)</source>
        <translation>CSV (dossier)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="121"/>
        <source>CSV (zip)</source>
        <translation>CSV (zip)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="129"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="130"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="154"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="155"/>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="156"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="157"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="158"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="159"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="202"/>
        <source>Cannot read the workspace</source>
        <translation>Impossible de lire l’espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="216"/>
        <source>The report cannot be made from this workspace.</source>
        <translation>Le rapport ne peut pas être établi à partir de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="257"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="350"/>
        <source>%1 (to date)</source>
        <translation>%1 (à ce jour)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="390"/>
        <source>Spreadsheets and CSV files have no pages.</source>
        <translation>Les classeurs et les fichiers CSV n’ont pas de pages.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="397"/>
        <source>%1 %2 funnel report</source>
        <translation>Rapport d’entonnoir %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="436"/>
        <source>Folder for the CSV Files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="439"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="440"/>
        <source>Save the Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="470"/>
        <source>%1 is a file: choose a folder for the CSV files.</source>
        <translation>%1 est un fichier : choisissez un dossier pour les fichiers CSV.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="474"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="479"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="483"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="501"/>
        <source>Exporting the quarterly report</source>
        <translation>Export du rapport trimestriel</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="501"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="506"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="523"/>
        <source>The report was not written</source>
        <translation>Le rapport n’a pas été écrit</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="540"/>
        <source>Report Exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="541"/>
        <source>The quarterly report was written to
%1</source>
        <translation>Le rapport trimestriel a été écrit dans
%1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="545"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="546"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportExportJob</name>
    <message>
        <location filename="../ui/report/ReportExportJob.cpp" line="36"/>
        <source>The export was cancelled: nothing was written.</source>
        <translation>L’export a été annulé : rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportJob.cpp" line="127"/>
        <source>Close the file if another program has it open, or choose another name.</source>
        <translation>Fermez le fichier si un autre programme l’a ouvert, ou choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportPreview</name>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="30"/>
        <location filename="../ui/report/ReportPreview.cpp" line="76"/>
        <source>Preparing preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="52"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="55"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="58"/>
        <location filename="../ui/report/ReportPreview.cpp" line="164"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="162"/>
        <source>Pages %1–%2 of %3</source>
        <translation>Pages %1–%2 sur %3</translation>
    </message>
</context>
<context>
    <name>LeadStage::RocChart</name>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>True positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="22"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="31"/>
        <source>Score ≥ %1</source>
        <translation>Score ≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="32"/>
        <source>No lead taken</source>
        <translation>Aucun lead retenu</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="33"/>
        <source>%1: true positive rate %2 (%3 of %4 outcomes), false positive rate %5 (%6 of %7 leads without)</source>
        <translation>%1 : taux de vrais positifs %2 (%3 sur %4 résultats), taux de faux positifs %5 (%6 sur %7 leads sans résultat)</translation>
    </message>
</context>
<context>
    <name>LeadStage::RuleTreeModel</name>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="24"/>
        <source>once, at creation</source>
        <translation>une fois, à la création</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="27"/>
        <source>each</source>
        <translation>à chaque fois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="29"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="31"/>
        <source>at count %1</source>
        <translation>à la %1e correspondance</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="222"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="222"/>
        <source>Pays</source>
        <translation>Rapporte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="222"/>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="224"/>
        <source>What the rule scores, in the analyst&apos;s words; categories group the table</source>
        <translation>Ce que la règle note, dans les mots de l’analyste ; les catégories regroupent le tableau</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="225"/>
        <source>The activity key the rule scores, or a condition on a lead field (field rules pay once, at creation)</source>
        <translation>La clé d’activité que la règle note, ou une condition sur un champ du lead (les règles sur champ rapportent une fois, à la création)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="226"/>
        <source>A pattern on the event&apos;s detail (URL, asset, campaign) with * and ?; empty matches any</source>
        <translation>Un motif sur le détail de l’événement (URL, ressource, campagne) avec * et ? ; vide correspond à tout</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="227"/>
        <source>The score the points go to: info and intent make engagement, product decides PQL</source>
        <translation>Le score auquel vont les points : info et intention font l’engagement, produit décide du PQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="228"/>
        <source>Points paid each time the rule pays (negative points lower the score)</source>
        <translation>Points rapportés chaque fois que la règle rapporte (des points négatifs baissent le score)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="229"/>
        <source>Each match, the first match, or once at the N-th match</source>
        <translation>Chaque correspondance, la première correspondance, ou une fois à la N-ième correspondance</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="230"/>
        <source>The most the rule pays in total; empty for no cap</source>
        <translation>Le maximum que la règle rapporte au total ; vide pour aucun plafond</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="273"/>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="282"/>
        <source>%n rule(s) in “%1”; double-click to rename the category</source>
        <translation>
            <numerusform>%n règle dans « %1 » ; double-cliquez pour renommer la catégorie</numerusform>
            <numerusform>%n règles dans « %1 » ; double-cliquez pour renommer la catégorie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="303"/>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="358"/>
        <source>Field rule: %1&lt;br&gt;Pays %Ln %2 point(s) once, at the lead’s creation</source>
        <translation>
            <numerusform>Règle sur champ : %1&lt;br&gt;Rapporte %Ln point %2 une fois, à la création du lead</numerusform>
            <numerusform>Règle sur champ : %1&lt;br&gt;Rapporte %Ln points %2 une fois, à la création du lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="364"/>
        <source>Activity &lt;tt&gt;%1&lt;/tt&gt;: %Ln event(s) in this workspace</source>
        <translation>
            <numerusform>Activité &lt;tt&gt;%1&lt;/tt&gt; : %Ln événement dans cet espace de travail</numerusform>
            <numerusform>Activité &lt;tt&gt;%1&lt;/tt&gt; : %Ln événements dans cet espace de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="369"/>
        <source>Pays %Ln %1 point(s) %2</source>
        <translation>
            <numerusform>Rapporte %Ln point %1 %2</numerusform>
            <numerusform>Rapporte %Ln points %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="367"/>
        <source>, detail matching &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>, détail correspondant à &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="371"/>
        <source>, at most %1 in total</source>
        <translation>, au plus %1 au total</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="397"/>
        <source>a rule needs a label</source>
        <translation>une règle doit avoir un libellé</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="398"/>
        <source>Type what the rule scores, e.g. “Attended live”.</source>
        <translation>Saisissez ce que la règle note, p. ex. « A assisté en direct ».</translation>
    </message>
</context>
<context>
    <name>LeadStage::RulesPanel</name>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="55"/>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="78"/>
        <source>Add Activity Rule</source>
        <translation>Ajouter une règle d’activité</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="55"/>
        <source>A rule that scores an activity (Ins)</source>
        <translation>Une règle qui note une activité (Ins)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="57"/>
        <source>Add Field Rule</source>
        <translation>Ajouter une règle sur champ</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="57"/>
        <source>A rule on a lead field, paid once at creation</source>
        <translation>Une règle sur un champ du lead, rapportée une fois à la création</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="59"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="59"/>
        <source>Copy the selected rule below it (Ctrl+D)</source>
        <translation>Copier la règle sélectionnée sous elle (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="61"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="61"/>
        <source>Delete the selected rule (Del)</source>
        <translation>Supprimer la règle sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="63"/>
        <source>Move to Category…</source>
        <translation>Déplacer vers une catégorie…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="63"/>
        <source>Put the selected rule in another or a new category</source>
        <translation>Mettre la règle sélectionnée dans une autre catégorie ou une nouvelle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="79"/>
        <source>Duplicate Rule</source>
        <translation>Dupliquer la règle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="80"/>
        <source>Delete Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="163"/>
        <source>New activity rule</source>
        <translation>Nouvelle règle d’activité</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="177"/>
        <source>New field rule</source>
        <translation>Nouvelle règle sur champ</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="215"/>
        <source>Move to Category</source>
        <translation>Déplacer vers une catégorie</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="216"/>
        <source>Category of “%1” (pick one or type a new one):</source>
        <translation>Catégorie de « %1 » (choisissez-en une ou saisissez-en une nouvelle) :</translation>
    </message>
</context>
<context>
    <name>LeadStage::ScoreTimelinePlot</name>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="32"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="70"/>
        <source>This lead has not been scored yet: there is no score over time to draw.</source>
        <translation>Ce lead n’a pas encore été noté : il n’y a pas d’évolution du score à tracer.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="86"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="87"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="88"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="89"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="92"/>
        <source>IQL</source>
        <translation>IQL</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="93"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="94"/>
        <source>PQL (product)</source>
        <translation>PQL (produit)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="217"/>
        <source>%1
engagement %2 · info %3 · intent %4 · product %5 · decay %6</source>
        <translation>%1
engagement %2 · info %3 · intention %4 · produit %5 · décroissance %6</translation>
    </message>
</context>
<context>
    <name>LeadStage::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="22"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="22"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="22"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="44"/>
        <source>Keys that work on a page (the scoring model&apos;s, the lead list&apos;s) act when that page has the focus.</source>
        <translation>Les touches propres à une page (celle du modèle de notation, celle de la liste des leads) agissent lorsque cette page a le focus.</translation>
    </message>
</context>
<context>
    <name>LeadStage::StageMatrixModel</name>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="46"/>
        <source>%1: %2 under both models</source>
        <translation>%1 : %2 selon les deux modèles</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="47"/>
        <source>%1: %2 under the reference and %3 under the compared model. Double-click to open them in the lead explorer</source>
        <translation>%1 : %2 selon la référence et %3 selon le modèle comparé. Double-cliquez pour les ouvrir dans l’explorateur de leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="58"/>
        <source>PQL+</source>
        <translation>PQL+</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="59"/>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
</context>
<context>
    <name>LeadStage::SuggestionTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="25"/>
        <source>decay per step</source>
        <translation>décroissance par palier</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="27"/>
        <source>new field rule</source>
        <translation>nouvelle règle sur champ</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="31"/>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="90"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="92"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="96"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="108"/>
        <source>%1 (%2)
Now %3 points, suggested %4 (95 % interval %5 to %6 points)
Log-odds per unit %7, standard error %8
Leads touched: %9 fitted, %10 validated
Validation AUC if only this is accepted: %11</source>
        <translation>%1 (%2)
Actuellement %3 points, suggéré %4 (intervalle à 95 % de %5 à %6 points)
Log-odds par unité %7, erreur type %8
Leads concernés : %9 ajustés, %10 validés
AUC de validation si seule cette suggestion est acceptée : %11</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="126"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="175"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="177"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="179"/>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="181"/>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="183"/>
        <source>95 % interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="185"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="187"/>
        <source>AUC alone</source>
        <translation>AUC seule</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="195"/>
        <source>Leads of the fitted window the rule touches (its support)</source>
        <translation>Leads de la fenêtre d’ajustement que la règle touche (son support)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="197"/>
        <source>The validation AUC if only this suggestion is accepted</source>
        <translation>L’AUC de validation si seule cette suggestion est acceptée</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="199"/>
        <source>The suggestion&apos;s 95 % interval, in points</source>
        <translation>L’intervalle à 95 % de la suggestion, en points</translation>
    </message>
</context>
<context>
    <name>LeadStage::SuggestionsPanel</name>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="45"/>
        <source>%1, %2 positive</source>
        <translation>%1, %2 positifs</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="53"/>
        <source>Suggest new field rules from the leads&apos; columns</source>
        <translation>Suggérer de nouvelles règles sur champ à partir des colonnes des leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="58"/>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="280"/>
        <source>Check All</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="59"/>
        <source>Accept Checked</source>
        <translation>Accepter les cochées</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="60"/>
        <source>Accept All</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="71"/>
        <source>Also try the frequent values of text columns and the quartiles of number columns as new field rules (slower)</source>
        <translation>Essayer aussi les valeurs fréquentes des colonnes de texte et les quartiles des colonnes numériques comme nouvelles règles sur champ (plus lent)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="73"/>
        <source>Put the checked suggestions into the draft as one undoable edit</source>
        <translation>Mettre les suggestions cochées dans le brouillon en une seule modification annulable</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="74"/>
        <source>Put every suggestion that changes something into the draft as one undoable edit</source>
        <translation>Mettre chaque suggestion qui change quelque chose dans le brouillon en une seule modification annulable</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="155"/>
        <source>Fitting the suggested points…</source>
        <translation>Ajustement des points suggérés…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="203"/>
        <source>No suggestions: %1. %2</source>
        <translation>Aucune suggestion : %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="213"/>
        <source>Import more outcomes.</source>
        <translation>Importez plus de résultats.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="213"/>
        <source>Predict an earlier outcome (SQL), or import more outcomes.</source>
        <translation>Prédisez un résultat antérieur (SQL) ou importez plus de résultats.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="216"/>
        <source>Score at IQL entry or choose a longer horizon.</source>
        <translation>Notez à l’entrée en IQL ou choisissez un horizon plus long.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="217"/>
        <source>Score at IQL entry, choose a longer horizon or an earlier outcome (SQL).</source>
        <translation>Notez à l’entrée en IQL, choisissez un horizon plus long ou un résultat antérieur (SQL).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="221"/>
        <source>Choose a later date or a longer horizon.</source>
        <translation>Choisissez une date ultérieure ou un horizon plus long.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="222"/>
        <source>Choose a later date, a longer horizon or an earlier outcome (SQL).</source>
        <translation>Choisissez une date ultérieure, un horizon plus long ou un résultat antérieur (SQL).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="228"/>
        <source>Open a workspace with outcomes to see suggested points.</source>
        <translation>Ouvrez un espace de travail avec des résultats pour voir les points suggérés.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="234"/>
        <source>Fitted as of %1 (%2), validated as of %3 (%4).</source>
        <translation>Ajusté au %1 (%2), validé au %3 (%4).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="240"/>
        <source>Fitted on the earlier-created two thirds of the leads (%1), validated on those created from %2 (%3). Snapshot: optimistic, leakage cannot be ruled out.</source>
        <translation>Ajusté sur les deux premiers tiers des leads par date de création (%1), validé sur ceux créés à partir du %2 (%3). Instantané : optimiste, une fuite d’information n’est pas exclue.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="248"/>
        <source>Fitted on the earlier two thirds of the moments (%1), validated on those from %2 (%3).</source>
        <translation>Ajusté sur les deux premiers tiers des moments (%1), validé sur ceux à partir du %2 (%3).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="254"/>
        <source>Validation AUC: now %1; every suggestion accepted %2; the regression&apos;s own log-odds %3. %4</source>
        <translation>AUC de validation : actuellement %1 ; toutes les suggestions acceptées %2 ; les log-odds propres de la régression %3. %4</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="280"/>
        <source>Uncheck All</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="299"/>
        <source>Accept all %1 suggested points</source>
        <translation>Accepter les %1 points suggérés</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="300"/>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="313"/>
        <source>The suggestions were not accepted: %1</source>
        <translation>Les suggestions n’ont pas été acceptées : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="310"/>
        <source>Accept the suggested points of “%1”</source>
        <translation>Accepter les points suggérés de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="311"/>
        <source>Accept %1 suggested points</source>
        <translation>Accepter %1 points suggérés</translation>
    </message>
</context>
<context>
    <name>LeadStage::TaskProgressDialog</name>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="30"/>
        <source>%1 read so far</source>
        <translation>%1 lus jusqu’ici</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="39"/>
        <source>%1 of %2 %3</source>
        <translation>%1 sur %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="42"/>
        <source> — %1 %2/s, about %3 s left</source>
        <translation> — %1 %2/s, environ %3 s restantes</translation>
    </message>
</context>
<context>
    <name>LeadStage::ThresholdRuler</name>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="43"/>
        <source>IQL</source>
        <translation>IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="45"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="47"/>
        <source>MQL (ICP)</source>
        <translation>MQL (ICP)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="49"/>
        <source>PQL</source>
        <translation>PQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="73"/>
        <source>score (points)</source>
        <translation>score (points)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="74"/>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="76"/>
        <source>engagement score</source>
        <translation>score d’engagement</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="79"/>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="263"/>
        <source>product score</source>
        <translation>score produit</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="169"/>
        <source>MQLs a month at this MQL threshold</source>
        <translation>MQL par mois à ce seuil MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="172"/>
        <source>MQLs a month</source>
        <translation>MQL par mois</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="220"/>
        <source>▲ The bar at %2–%3 points goes off the top: %1</source>
        <translation>▲ La barre à %2–%3 points dépasse en haut : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="260"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2 %3&lt;/b&gt; (%4): %5 below · &lt;b&gt;%6&lt;/b&gt; at or above</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2 %3&lt;/b&gt; (%4) : %5 en dessous · &lt;b&gt;%6&lt;/b&gt; au niveau ou au-dessus</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="263"/>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="349"/>
        <source>Drag a threshold&apos;s line to move it</source>
        <translation>Faites glisser la ligne d’un seuil pour le déplacer</translation>
    </message>
</context>
<context>
    <name>LeadStage::ThresholdsPanel</name>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="24"/>
        <source>MQL needs intent</source>
        <translation>Le MQL exige de l’intention</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="25"/>
        <source>ICP fit (A, B): MQL at</source>
        <translation>Adéquation ICP (A, B) : MQL à</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="34"/>
        <source>A lead becomes an IQL the first time its engagement (info + intent − decay) reaches this</source>
        <translation>Un lead devient IQL la première fois que son engagement (info + intention − décroissance) atteint cette valeur</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="36"/>
        <source>A lead becomes an MQL when its engagement reaches this (with intent, when required) or a trigger fires</source>
        <translation>Un lead devient MQL quand son engagement atteint cette valeur (avec de l’intention, si elle est exigée) ou qu’un déclencheur se déclenche</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="37"/>
        <source>The MQL threshold for leads of fit grade A or B; above IQL and below MQL</source>
        <translation>Le seuil MQL des leads de catégorie d’adéquation A ou B ; au-dessus de l’IQL et sous le MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="38"/>
        <source>A lead becomes a PQL when its product score reaches this</source>
        <translation>Un lead devient PQL quand son score produit atteint cette valeur</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="39"/>
        <source>A lower MQL threshold for leads of fit grade A or B</source>
        <translation>Un seuil MQL plus bas pour les leads de catégorie d’adéquation A ou B</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="40"/>
        <source>Reaching the MQL score counts only after an intent rule paid or a trigger fired</source>
        <translation>Atteindre le score MQL ne compte qu’après qu’une règle d’intention a rapporté ou qu’un déclencheur s’est déclenché</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="43"/>
        <source>&amp;IQL at engagement ≥</source>
        <translation>&amp;IQL à engagement ≥</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="44"/>
        <source>&amp;MQL at engagement ≥</source>
        <translation>&amp;MQL à engagement ≥</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="50"/>
        <source>&amp;PQL at product score ≥</source>
        <translation>&amp;PQL à score produit ≥</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="51"/>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="53"/>
        <source>Drag a line on the histogram to move its threshold; the counts follow as you drag. The bars are the workspace&apos;s current scores under the active model.</source>
        <translation>Faites glisser une ligne sur l’histogramme pour déplacer son seuil ; les effectifs suivent pendant le glissement. Les barres sont les scores actuels de l’espace de travail avec le modèle actif.</translation>
    </message>
</context>
<context>
    <name>LeadStage::TimeToMqlChart</name>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="28"/>
        <source>Time from IQL to MQL, all periods in the filter</source>
        <translation>Délai de l’IQL au MQL, toutes les périodes du filtre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="35"/>
        <source>Days from IQL to MQL (band 90–180)</source>
        <translation>Jours de l’IQL au MQL (fourchette 90–180)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="36"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="72"/>
        <source>No selected lead went from IQL to MQL in the periods shown: no time to measure.</source>
        <translation>Aucun lead sélectionné n’est passé d’IQL à MQL dans les périodes affichées : aucun délai à mesurer.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="88"/>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="89"/>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="90"/>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="122"/>
        <source>MQLs %1 days after IQL</source>
        <translation>MQL %1 jours après l’IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="133"/>
        <source>%1 days: %2 leads
mean %3, Q1 %4, median %5, Q3 %6 (%7 leads)</source>
        <translation>%1 jours : %2 leads
moyenne %3, Q1 %4, médiane %5, Q3 %6 (%7 leads)</translation>
    </message>
</context>
<context>
    <name>LeadStage::TriggerTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Within days</source>
        <translation>En jours</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="29"/>
        <source>What the trigger stands for</source>
        <translation>Ce que représente le déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="29"/>
        <source>The activity that makes a lead an MQL at once, whatever its score</source>
        <translation>L’activité qui fait immédiatement d’un lead un MQL, quel que soit son score</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="30"/>
        <source>A pattern on the event&apos;s detail with * and ?; empty matches any</source>
        <translation>Un motif sur le détail de l’événement avec * et ? ; vide correspond à tout</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="31"/>
        <source>The trigger fires on the N-th match</source>
        <translation>Le déclencheur se déclenche à la N-ième correspondance</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="32"/>
        <source>…within this many days of the first of those N matches (a sliding window); empty for ever</source>
        <translation>…dans ce nombre de jours après la première de ces N correspondances (fenêtre glissante) ; vide pour toujours</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="50"/>
        <source>no window</source>
        <translation>sans fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2): MQL at once on the %3 match of &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (id %2) : MQL immédiat à la %3 correspondance de &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="56"/>
        <source>first</source>
        <translation>première</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="56"/>
        <source>%1th</source>
        <translation>%1e</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="58"/>
        <source> within %1 days of the first of them</source>
        <translation> dans les %1 jours après la première d’entre elles</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="87"/>
        <source>a trigger needs a label</source>
        <translation>un déclencheur doit avoir un libellé</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="87"/>
        <source>Type what the trigger stands for.</source>
        <translation>Saisissez ce que représente le déclencheur.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="103"/>
        <source>this column cannot be edited</source>
        <translation>cette colonne n’est pas modifiable</translation>
    </message>
</context>
<context>
    <name>LeadStage::UserGuide</name>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="35"/>
        <source>LeadStage User Guide</source>
        <translation>Guide de l’utilisateur de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="41"/>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="41"/>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="45"/>
        <source>Free some space in the temporary folder and try again.</source>
        <translation>Libérez de l’espace dans le dossier temporaire et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="57"/>
        <source>no web browser opened the guide</source>
        <translation>aucun navigateur web n’a ouvert le guide</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="57"/>
        <source>Open this file in a web browser.</source>
        <translation>Ouvrez ce fichier dans un navigateur web.</translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionDiffDialog</name>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="47"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="49"/>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="51"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="53"/>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="76"/>
        <source>Compare Versions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="83"/>
        <source>&lt;span style=&apos;color:#166534&apos;&gt;+ added&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#991b1b&apos;&gt;- removed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#92400e&apos;&gt;~ changed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1e40af&apos;&gt;^ moved&lt;/span&gt; &amp;nbsp; — hover a line for its fields one by one</source>
        <translation>&lt;span style=&apos;color:#166534&apos;&gt;+ ajouté&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#991b1b&apos;&gt;- retiré&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#92400e&apos;&gt;~ modifié&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1e40af&apos;&gt;^ déplacé&lt;/span&gt; &amp;nbsp; — survolez une ligne pour voir ses champs un par un</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="99"/>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="101"/>
        <source>Copy the whole comparison as plain text, from the older version to the newer</source>
        <translation>Copier toute la comparaison en texte brut, de la version la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="118"/>
        <source>Compare %1 → %2</source>
        <translation>Comparer %1 → %2</translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionHistoryDialog</name>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="45"/>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="59"/>
        <source>Scoring Model Versions</source>
        <translation>Versions du modèle de notation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="61"/>
        <source>Every saved version of the workspace&apos;s scoring models, newest first; the one in bold scores the workspace. Drop a model .json file here to import it.</source>
        <translation>Chaque version enregistrée des modèles de notation de l’espace de travail, la plus récente en premier ; celle en gras note l’espace de travail. Déposez ici un fichier de modèle .json pour l’importer.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="78"/>
        <source>Select one version to act on it, two to compare them (Ctrl+click)</source>
        <translation>Sélectionnez une version pour agir dessus, deux pour les comparer (Ctrl+clic)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="112"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="112"/>
        <source>Rescore the workspace with this version, then make it the active model</source>
        <translation>Renoter l’espace de travail avec cette version, puis en faire le modèle actif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="114"/>
        <source>&amp;Revert to This Version…</source>
        <translation>&amp;Revenir à cette version…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="115"/>
        <source>Save a copy of this version as the next version of its name (with the reason), rescore with it and make it active; nothing is deleted</source>
        <translation>Enregistrer une copie de cette version comme version suivante de son nom (avec le motif), renoter avec elle et l’activer ; rien n’est supprimé</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="118"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="119"/>
        <source>Save a copy of this version under a name you choose; it is not activated</source>
        <translation>Enregistrer une copie de cette version sous un nom de votre choix ; elle n’est pas activée</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="121"/>
        <source>&amp;Load into Draft</source>
        <translation>&amp;Charger dans le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="122"/>
        <source>Make the editor&apos;s draft a copy of this version, as one undo step; nothing is saved</source>
        <translation>Faire du brouillon de l’éditeur une copie de cette version, en une étape d’annulation ; rien n’est enregistré</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="124"/>
        <source>&amp;Compare…</source>
        <translation>Co&amp;mparer…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="125"/>
        <source>What differs: the two selected versions, or the selected one against the active model (double-click does the same)</source>
        <translation>Ce qui diffère : les deux versions sélectionnées, ou celle sélectionnée par rapport au modèle actif (un double-clic fait de même)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="129"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="129"/>
        <source>Write this version as a model file</source>
        <translation>Écrire cette version dans un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="131"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer un JSON…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="132"/>
        <source>Save a model file as a new version (not active); you can also drop the file here</source>
        <translation>Enregistrer un fichier de modèle comme nouvelle version (non active) ; vous pouvez aussi déposer le fichier ici</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="142"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="225"/>
        <source>Revert to %1 v%2</source>
        <translation>Revenir à %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="226"/>
        <source>A copy of v%1 is saved as the next version of %2, the workspace is rescored with it, and it becomes the active model. Nothing is deleted. Why go back?</source>
        <translation>Une copie de v%1 est enregistrée comme version suivante de %2, l’espace de travail est renoté avec elle et elle devient le modèle actif. Rien n’est supprimé. Pourquoi revenir en arrière ?</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="235"/>
        <source>Back to v%1 (id %2)</source>
        <translation>Retour à v%1 (id %2)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="247"/>
        <source>Duplicate %1 v%2</source>
        <translation>Dupliquer %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="248"/>
        <source>A copy is saved under the name below; it is not activated.</source>
        <translation>Une copie est enregistrée sous le nom ci-dessous ; elle n’est pas activée.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="250"/>
        <source>Copy of %1 v%2</source>
        <translation>Copie de %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="261"/>
        <source>Saved %1 v%2, a copy of %3 v%4 (not active).</source>
        <translation>%1 v%2 enregistré, copie de %3 v%4 (non actif).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="271"/>
        <source>The draft is a copy of the version now; edit it in the Scoring Model page and save it as a new version.</source>
        <translation>Le brouillon est maintenant une copie de la version ; modifiez-le dans la page Modèle de notation et enregistrez-le comme nouvelle version.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="284"/>
        <source>no version is active</source>
        <translation>aucune version n’est active</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="285"/>
        <source>Select two versions to compare them.</source>
        <translation>Sélectionnez deux versions pour les comparer.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="313"/>
        <source>Export %1 v%2</source>
        <translation>Exporter %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="314"/>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="336"/>
        <source>Scoring models (*.json)</source>
        <translation>Modèles de notation (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="327"/>
        <source>Exported %1 v%2 to %3.</source>
        <translation>%1 v%2 exporté dans %3.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="335"/>
        <source>Import a Scoring Model</source>
        <translation>Importer un modèle de notation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="349"/>
        <source>Nothing was stored: fix the model file and import it again.</source>
        <translation>Rien n’a été enregistré : corrigez le fichier de modèle et importez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="353"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="354"/>
        <source>The model is saved as a new version; it is not activated until you choose Activate.</source>
        <translation>Le modèle est enregistré comme nouvelle version ; il n’est pas activé tant que vous ne choisissez pas Activer.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="356"/>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="369"/>
        <source>Imported %1 as %2 v%3 (not active).</source>
        <translation>%1 importé comme %2 v%3 (non actif).</translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="52"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="56"/>
        <source>● active</source>
        <translation>● actif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="64"/>
        <source>Saved %1 UTC</source>
        <translation>Enregistré le %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="67"/>
        <source>%1 v%2 (id %3)</source>
        <translation>%1 v%2 (id %3)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="90"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="94"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="96"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="98"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>LeadStage::WelcomePage</name>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="17"/>
        <source>LeadStage</source>
        <translation>LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="22"/>
        <source>Open a workspace to see its leads, or create a new one.</source>
        <translation>Ouvrez un espace de travail pour voir ses leads, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="24"/>
        <source>New Workspace…</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="25"/>
        <source>Open Workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="34"/>
        <source>Double-click or press Enter to open</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="45"/>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
</context>
<context>
    <name>LeadStage::WhatIfPanel</name>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="67"/>
        <source>Read Again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="68"/>
        <source>Changed Leads…</source>
        <translation>Leads modifiés…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="70"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="71"/>
        <source>IQL metric</source>
        <translation>Indicateur IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="87"/>
        <source>What-if: draft beside active</source>
        <translation>Simulation : brouillon à côté de l’actif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="88"/>
        <source>What the draft would do to the dashboard&apos;s numbers, before it is saved. Recomputed after every edit; nothing is written.</source>
        <translation>Ce que le brouillon ferait aux chiffres du tableau de bord, avant d’être enregistré. Recalculé après chaque modification ; rien n’est écrit.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="94"/>
        <source>Computing the draft&apos;s numbers…</source>
        <translation>Calcul des chiffres du brouillon…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="104"/>
        <source>Read the workspace again for the what-if</source>
        <translation>Relire l’espace de travail pour la simulation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="112"/>
        <source>Click a line to open its leads in the lead explorer</source>
        <translation>Cliquez sur une ligne pour ouvrir ses leads dans l’explorateur de leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="114"/>
        <source>Open every lead whose stage the draft changes in the lead explorer</source>
        <translation>Ouvrir dans l’explorateur de leads chaque lead dont le brouillon change l’étape</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="121"/>
        <source>Stage counts</source>
        <translation>Effectifs par étape</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="123"/>
        <source>IQL metrics, as on the dashboard&apos;s tiles</source>
        <translation>Indicateurs IQL, comme sur les tuiles du tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="125"/>
        <source>Leads that change stage</source>
        <translation>Leads qui changent d’étape</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="192"/>
        <source>Open a workspace to see what a draft would change on its dashboard.</source>
        <translation>Ouvrez un espace de travail pour voir ce qu’un brouillon changerait sur son tableau de bord.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="241"/>
        <source>The draft equals the active model (%1): nothing would change. Edit a rule, a threshold or the decay to see here what it does to the dashboard&apos;s numbers.</source>
        <translation>Le brouillon est identique au modèle actif (%1) : rien ne changerait. Modifiez une règle, un seuil ou la décroissance pour voir ici son effet sur les chiffres du tableau de bord.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="256"/>
        <source>Comparing the draft with the active model…</source>
        <translation>Comparaison du brouillon avec le modèle actif…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="267"/>
        <source>Could not compare the draft: %1. %2</source>
        <translation>Impossible de comparer le brouillon : %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="275"/>
        <source>The draft differs from the active model, but not in its numbers: every stage count and IQL metric stays the same and no lead changes stage (%1).</source>
        <translation>Le brouillon diffère du modèle actif, mais pas dans ses chiffres : chaque effectif par étape et chaque indicateur IQL reste le même et aucun lead ne change d’étape (%1).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="282"/>
        <source>For the dashboard&apos;s filter: %1</source>
        <translation>Pour le filtre du tableau de bord : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="283"/>
        <source>The what-if uses the filter and bucket last chosen on the dashboard, so its numbers are the ones the dashboard will show once the draft is saved.</source>
        <translation>La simulation utilise le filtre et le regroupement choisis en dernier sur le tableau de bord : ses chiffres sont donc ceux que le tableau de bord affichera une fois le brouillon enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="288"/>
        <source>Stage changes: %1 of %2.</source>
        <translation>Changements d’étape : %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="293"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="295"/>
        <source>%1: %2 under the active model and %3 under the draft. Click to open them in the lead explorer.</source>
        <translation>%1 : %2 avec le modèle actif et %3 avec le brouillon. Cliquez pour les ouvrir dans l’explorateur de leads.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="326"/>
        <source>Reading the workspace…</source>
        <translation>Lecture de l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="328"/>
        <source>Reading the workspace… scoring its leads under the active model: %1 of %2</source>
        <translation>Lecture de l’espace de travail… notation de ses leads avec le modèle actif : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="331"/>
        <source>Reading the workspace… %1 rows read</source>
        <translation>Lecture de l’espace de travail… %1 lignes lues</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="339"/>
        <source>Could not read the workspace for the what-if: %1</source>
        <translation>Impossible de lire l’espace de travail pour la simulation : %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="343"/>
        <source>Check that the file is still there, then read it again.</source>
        <translation>Vérifiez que le fichier est toujours là, puis relisez-le.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="371"/>
        <source>Leads the draft moves to another stage (%1)</source>
        <translation>Leads que le brouillon fait passer à une autre étape (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="379"/>
        <source>%1 under the active model, %2 under the draft (%3)</source>
        <translation>%1 avec le modèle actif, %2 avec le brouillon (%3)</translation>
    </message>
</context>
<context>
    <name>LeadStage::WhatIfTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="79"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="81"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="83"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
</context>
<context>
    <name>LeadStage::WizardText</name>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="27"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="29"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="31"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="90"/>
        <source>comma (,)</source>
        <translation>virgule (,)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="92"/>
        <source>semicolon (;)</source>
        <translation>point-virgule (;)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="94"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="96"/>
        <source>pipe (|)</source>
        <translation>barre verticale (|)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="103"/>
        <source>%1 with byte-order mark</source>
        <translation>%1 avec indicateur d’ordre des octets</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="108"/>
        <source>the whole file</source>
        <translation>le fichier entier</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="108"/>
        <source>the first %1 KiB</source>
        <translation>les %1 premiers Kio</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="111"/>
        <source>The encoding is the one you chose.</source>
        <translation>L’encodage est celui que vous avez choisi.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="113"/>
        <source>The encoding comes from the file&apos;s byte-order mark.</source>
        <translation>L’encodage provient de l’indicateur d’ordre des octets du fichier.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="115"/>
        <source>UTF-8, because %1 is valid UTF-8.</source>
        <translation>UTF-8, car %1 est de l’UTF-8 valide.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="117"/>
        <source>Windows-1252, because the byte %1 at line %2, column %3 is not valid UTF-8 and nothing else in %4 reads as UTF-8. If the text looks wrong, choose the encoding above.</source>
        <translation>Windows-1252, car l’octet %1 à la ligne %2, colonne %3 n’est pas de l’UTF-8 valide et rien d’autre dans %4 ne se lit comme de l’UTF-8. Si le texte semble faux, choisissez l’encodage ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="130"/>
        <source>Cannot be read: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="132"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="133"/>
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="136"/>
        <source>no preset recognised: map the columns by hand</source>
        <translation>aucun préréglage reconnu : affectez les colonnes à la main</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="137"/>
        <source>saved mapping</source>
        <translation>affectation enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="143"/>
        <source>Read as %1, separated by %2, column names on row %3: %4 columns.</source>
        <translation>Lu en %1, séparé par %2, noms de colonnes à la ligne %3 : %4 colonnes.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="156"/>
        <source> (line %1, column %2)</source>
        <translation> (ligne %1, colonne %2)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="158"/>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="170"/>
        <source>“%1” was imported before, as import %2 on %3: its rows already there count as unchanged, skipped or already there.</source>
        <translation>« %1 » a déjà été importé, lors de l’import %2 le %3 : ses lignes déjà présentes comptent comme inchangées, ignorées ou déjà présentes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/WizardText.cpp" line="186"/>
        <source>&apos;%1&apos; in %n cell(s)</source>
        <translation>
            <numerusform>« %1 » dans %n cellule</numerusform>
            <numerusform>« %1 » dans %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="188"/>
        <source>In “%1”, read as missing: %2.</source>
        <translation>Dans « %1 », lu comme manquant : %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="202"/>
        <source>%1 from the column “%2”</source>
        <translation>%1 d’après la colonne « %2 »</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="204"/>
        <source>%1 from their first event</source>
        <translation>%1 d’après leur premier événement</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="206"/>
        <source>%1 dated at the import&apos;s time (%2)</source>
        <translation>%1 datés à l’heure de l’import (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="207"/>
        <source>Created dates of the new leads of “%1”: %2.</source>
        <translation>Dates de création des nouveaux leads de « %1 » : %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="210"/>
        <source>The leads of “%1” were named by file and line: the row on line 2 is the lead %1:2, and so on; importing the file again updates the same leads.</source>
        <translation>Les leads de « %1 » ont été nommés par fichier et ligne : la ligne 2 est le lead %1:2, et ainsi de suite ; importer à nouveau le fichier met à jour les mêmes leads.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="214"/>
        <source>The column “%1” of “%2” became %3 events of %4 at each lead&apos;s created date (%5 were there already).</source>
        <translation>La colonne « %1 » de « %2 » est devenue %3 événements de %4 à la date de création de chaque lead (%5 étaient déjà présents).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="221"/>
        <source>&apos;%1&apos; (%2 more)</source>
        <translation>« %1 » (%2 de plus)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="222"/>
        <source>%1 rows repeat the CRM id or e-mail of an earlier row: %2.</source>
        <translation>%1 lignes répètent l’id CRM ou l’e-mail d’une ligne précédente : %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="228"/>
        <source>The activity &apos;%1&apos; had no key: created as %2 (track %3, category %4, 0 points until a rule uses it) for %5 rows.</source>
        <translation>L’activité « %1 » n’avait pas de clé : créée comme %2 (parcours %3, catégorie %4, 0 point tant qu’aucune règle ne l’utilise) pour %5 lignes.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="232"/>
        <source>Nothing would be imported while keys repeat: go Back to the column mapping and check which column is the lead&apos;s id, or tick “Import anyway” there.</source>
        <translation>Rien ne serait importé tant que des clés se répètent : revenez à l’affectation des colonnes et vérifiez quelle colonne est l’id du lead, ou cochez « Importer quand même ».</translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceOpener</name>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="56"/>
        <source>Preferences set the analysis date to %1; the workspace was scored as of %2</source>
        <translation>Les préférences fixent la date d’analyse au %1 ; l’espace de travail a été noté au %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="72"/>
        <source>%1. Every lead has been rescored.</source>
        <translation>%1. Chaque lead a été renoté.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="74"/>
        <source>%1. Rescoring was cancelled: the dashboard shows no numbers until every lead is rescored. Open the workspace again to rescore it.</source>
        <translation>%1. La renotation a été annulée : le tableau de bord n’affiche aucun chiffre tant que chaque lead n’est pas renoté. Rouvrez l’espace de travail pour le renoter.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="78"/>
        <source>%1. Rescoring them failed: %2</source>
        <translation>%1. Leur renotation a échoué : %2</translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceOverview</name>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="26"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="28"/>
        <source>Engagement events</source>
        <translation>Événements d’engagement</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="30"/>
        <source>Sales outcomes</source>
        <translation>Résultats commerciaux</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="32"/>
        <source>Activity types</source>
        <translation>Types d’activité</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="34"/>
        <source>Scoring model versions</source>
        <translation>Versions du modèle de notation</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="36"/>
        <source>Scored leads</source>
        <translation>Leads notés</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="38"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="40"/>
        <source>Rejected import rows</source>
        <translation>Lignes d’import rejetées</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="61"/>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="61"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="107"/>
        <source>Events from %1 to %2 (UTC)</source>
        <translation>Événements du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="110"/>
        <source>This workspace has no engagement events yet.</source>
        <translation>Cet espace de travail n’a pas encore d’événements d’engagement.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="117"/>
        <source>%1 rows in table %2</source>
        <translation>%1 lignes dans la table %2</translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceTabs</name>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="19"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="20"/>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="21"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="22"/>
        <source>The IQL dashboard: the four IQL metrics, charts and source quality (Ctrl+1)</source>
        <translation>Le tableau de bord IQL : les quatre indicateurs IQL, les graphiques et la qualité des sources (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="23"/>
        <source>Every lead, or the leads behind a dashboard number (Ctrl+2)</source>
        <translation>Tous les leads, ou les leads derrière un chiffre du tableau de bord (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="24"/>
        <source>Scoring &amp;Model</source>
        <translation>&amp;Modèle de notation</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="25"/>
        <source>What the workspace file holds (Ctrl+3)</source>
        <translation>Ce que contient le fichier d’espace de travail (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="26"/>
        <source>Edit the scoring rules, thresholds, decay, fit and nurture; save as a new version (Ctrl+4)</source>
        <translation>Modifier les règles de notation, les seuils, la décroissance, l’adéquation et le nurturing ; enregistrer comme nouvelle version (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="30"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="32"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="34"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="35"/>
        <source>Grade</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="37"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="39"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="41"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="43"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="45"/>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="47"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="49"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="51"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="53"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="55"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="57"/>
        <source>CRM id</source>
        <translation>Id CRM</translation>
    </message>
</context>
<context>
    <name>MetricsError</name>
    <message>
        <location filename="../core/metrics/SnapshotLoader.cpp" line="165"/>
        <source>the workspace changed while it was being read (leads were imported, removed or rescored)</source>
        <translation>l’espace de travail a changé pendant sa lecture (des leads ont été importés, supprimés ou renotés)</translation>
    </message>
    <message>
        <location filename="../core/metrics/SnapshotLoader.cpp" line="168"/>
        <source>Try again once the import or rescore has finished.</source>
        <translation>Réessayez une fois l’import ou la renotation terminé.</translation>
    </message>
    <message>
        <location filename="../core/metrics/SnapshotLoader.cpp" line="173"/>
        <source>loading the dashboard data was cancelled</source>
        <translation>le chargement des données du tableau de bord a été annulé</translation>
    </message>
</context>
<context>
    <name>ModelValidation</name>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="53"/>
        <source>missing (expected a string)</source>
        <translation>manquant (chaîne attendue)</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="55"/>
        <location filename="../core/scoring/JsonReader.cpp" line="117"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="70"/>
        <location filename="../core/scoring/ModelJson.cpp" line="84"/>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="75"/>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="89"/>
        <source>missing (expected a number)</source>
        <translation>manquant (nombre attendu)</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="99"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="110"/>
        <source>expected an array of strings</source>
        <translation>tableau de chaînes attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="128"/>
        <source>missing (expected an array)</source>
        <translation>manquant (tableau attendu)</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="132"/>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="139"/>
        <location filename="../core/scoring/JsonReader.cpp" line="154"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="168"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="31"/>
        <location filename="../core/scoring/ModelJson.cpp" line="424"/>
        <source>See the limits in docs/scoring.md.</source>
        <translation>Consultez les limites dans docs/scoring.md.</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="111"/>
        <source>fit rules</source>
        <translation>règles d’adéquation</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="142"/>
        <source>must be at least %1, not %2</source>
        <translation>doit valoir au moins %1, et non %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="144"/>
        <source>must be at most %1, not %2</source>
        <translation>doit valoir au plus %1, et non %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="150"/>
        <source>must be at most %1 characters long, not %2</source>
        <translation>doit comporter au plus %1 caractères, et non %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="157"/>
        <source>may hold at most %1 %2, not %3</source>
        <translation>peut contenir au plus %1 %2, et non %3</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="168"/>
        <source>must not be empty (a name of 1 to %1 characters)</source>
        <translation>ne doit pas être vide (un nom de 1 à %1 caractères)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="73"/>
        <source>expected a string or a number</source>
        <translation>chaîne ou nombre attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="77"/>
        <source>expected a non-empty array of strings or numbers</source>
        <translation>tableau non vide de chaînes ou de nombres attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="81"/>
        <source>expected a string or an array of strings</source>
        <translation>chaîne ou tableau de chaînes attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="88"/>
        <source>expected [low, high], two numbers</source>
        <translation>deux nombres [low, high] attendus</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="91"/>
        <source>low is above high</source>
        <translation>low est supérieur à high</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="96"/>
        <source>expected true, false or nothing</source>
        <translation>true, false ou rien attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="128"/>
        <source>unknown track %1 (expected info, intent or product)</source>
        <translation>parcours inconnu %1 (info, intent ou product attendu)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="141"/>
        <source>unknown pay mode %1 (expected each, once or atCount)</source>
        <translation>mode de gain inconnu %1 (each, once ou atCount attendu)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="149"/>
        <source>only rules that pay atCount take a count</source>
        <translation>seules les règles qui rapportent en atCount prennent un nombre</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="166"/>
        <source>a rule matches either an activity or a field, not both</source>
        <translation>une règle porte soit sur une activité, soit sur un champ, pas les deux</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="168"/>
        <source>missing &quot;activity&quot; or &quot;field&quot;</source>
        <translation>&quot;activity&quot; ou &quot;field&quot; manquant</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="178"/>
        <source>field rules pay once</source>
        <translation>les règles sur un champ rapportent une seule fois</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="222"/>
        <source>expected A &gt;= B &gt;= C</source>
        <translation>A &gt;= B &gt;= C attendu</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="232"/>
        <source>unknown value %1 (expected %2)</source>
        <translation>valeur inconnue %1 (%2 attendu)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="257"/>
        <source>steps must start at increasing weeks</source>
        <translation>les étapes doivent commencer à des semaines croissantes</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="270"/>
        <source>duplicate id %1</source>
        <translation>id en double %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="279"/>
        <source>unknown format %1 (expected &quot;%2&quot;)</source>
        <translation>format inconnu %1 (&quot;%2&quot; attendu)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="283"/>
        <source>version %1 is newer than this LeadStage reads (up to %2)</source>
        <translation>la version %1 est plus récente que celles que ce LeadStage sait lire (jusqu’à %2)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="300"/>
        <source>missing (expected an object)</source>
        <translation>manquant (objet attendu)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="421"/>
        <source>larger than the limit of %1 bytes for a model</source>
        <translation>dépasse la limite de %1 octets pour un modèle</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="433"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="435"/>
        <source>Check the file name and that you may read it.</source>
        <translation>Vérifiez le nom du fichier et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="452"/>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="454"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="468"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="475"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="53"/>
        <source>rule %1 has no id</source>
        <translation>la règle %1 n’a pas d’id</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="54"/>
        <source>Give every rule a short id.</source>
        <translation>Donnez un id court à chaque règle.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="57"/>
        <source>two rules have the id &quot;%1&quot;</source>
        <translation>deux règles ont l’id « %1 »</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="58"/>
        <source>Give each rule its own id.</source>
        <translation>Donnez à chaque règle son propre id.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="63"/>
        <source>rule %1 pays %2 points</source>
        <translation>la règle %1 rapporte %2 points</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="64"/>
        <source>Keep points between −%1 and %1.</source>
        <translation>Gardez les points entre −%1 et %1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="71"/>
        <source>rule %1: %2</source>
        <translation>règle %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="72"/>
        <source>Complete the condition in the rule&apos;s criterion.</source>
        <translation>Complétez la condition dans le critère de la règle.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="78"/>
        <source>rule %1 names no activity</source>
        <translation>la règle %1 ne nomme aucune activité</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="79"/>
        <source>Choose the activity the rule scores.</source>
        <translation>Choisissez l’activité que la règle note.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="82"/>
        <source>rule %1 pays at count %2</source>
        <translation>la règle %1 rapporte au nombre %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="85"/>
        <source>A count must be at least 2; at count 1 is the same as &quot;once&quot;.</source>
        <translation>Un nombre doit valoir au moins 2 ; au nombre 1, c’est la même chose que « once ».</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="94"/>
        <source>rule %1 has a cap of %2</source>
        <translation>la règle %1 a un plafond de %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="95"/>
        <source>A cap must be above 0; clear it for no cap.</source>
        <translation>Un plafond doit être supérieur à 0 ; effacez-le pour ne pas avoir de plafond.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="98"/>
        <source>rule %1 pays once, so its cap changes nothing</source>
        <translation>la règle %1 rapporte une seule fois, son plafond ne change donc rien</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="100"/>
        <source>Caps are for rules that pay each time; clear the cap.</source>
        <translation>Les plafonds servent aux règles qui rapportent à chaque fois ; effacez le plafond.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="104"/>
        <source>rule %1&apos;s cap of %2 is below the %3 points it pays</source>
        <translation>le plafond de %2 de la règle %1 est inférieur aux %3 points qu’elle rapporte</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="108"/>
        <source>Raise the cap to at least the rule&apos;s points, or lower the points.</source>
        <translation>Relevez le plafond au moins au niveau des points de la règle, ou baissez les points.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="120"/>
        <source>trigger %1 has no id</source>
        <translation>le déclencheur %1 n’a pas d’id</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="121"/>
        <source>Give every trigger an id.</source>
        <translation>Donnez un id à chaque déclencheur.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="124"/>
        <source>two triggers have the id &quot;%1&quot;</source>
        <translation>deux déclencheurs ont l’id « %1 »</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="125"/>
        <source>Give each trigger its own id.</source>
        <translation>Donnez à chaque déclencheur son propre id.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="129"/>
        <source>trigger %1 names no activity</source>
        <translation>le déclencheur %1 ne nomme aucune activité</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="130"/>
        <source>Choose the activity that makes a lead an MQL.</source>
        <translation>Choisissez l’activité qui fait d’un lead un MQL.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="133"/>
        <source>trigger %1 fires at count %2</source>
        <translation>le déclencheur %1 se déclenche au nombre %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="136"/>
        <source>A count must be at least 1.</source>
        <translation>Un nombre doit valoir au moins 1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="139"/>
        <source>trigger %1 has a window of %2 days</source>
        <translation>le déclencheur %1 a une fenêtre de %2 jours</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="142"/>
        <source>A window must be at least 1 day; clear it for no window.</source>
        <translation>Une fenêtre doit durer au moins 1 jour ; effacez-la pour ne pas avoir de fenêtre.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="146"/>
        <source>trigger %1 has a window but fires on the first match</source>
        <translation>le déclencheur %1 a une fenêtre mais se déclenche à la première occurrence</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="149"/>
        <source>A window needs a count of at least 2; raise the count or clear the window.</source>
        <translation>Une fenêtre exige un nombre d’au moins 2 ; augmentez le nombre ou effacez la fenêtre.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="159"/>
        <source>an IQL threshold of %1 makes every lead an IQL</source>
        <translation>un seuil IQL de %1 fait de chaque lead un IQL</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="161"/>
        <source>Set the IQL threshold to at least 1.</source>
        <translation>Réglez le seuil IQL sur au moins 1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="165"/>
        <source>the MQL threshold %1 is not above the IQL threshold %2</source>
        <translation>le seuil MQL %1 n’est pas supérieur au seuil IQL %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="168"/>
        <source>Leads must pass IQL before MQL: set MQL above IQL.</source>
        <translation>Les leads doivent passer IQL avant MQL : placez le seuil MQL au-dessus du seuil IQL.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="171"/>
        <source>the ICP MQL threshold %1 is not between IQL %2 and MQL %3</source>
        <translation>le seuil MQL ICP %1 n’est pas compris entre IQL %2 et MQL %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="176"/>
        <source>Set it above IQL and below MQL, or clear it.</source>
        <translation>Placez-le au-dessus d’IQL et en dessous de MQL, ou effacez-le.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="179"/>
        <source>a PQL threshold of %1 makes every lead a PQL</source>
        <translation>un seuil PQL de %1 fait de chaque lead un PQL</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="181"/>
        <source>Set the PQL threshold to at least 1.</source>
        <translation>Réglez le seuil PQL sur au moins 1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="185"/>
        <source>a threshold of %1 is out of reach</source>
        <translation>un seuil de %1 est hors d’atteinte</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="186"/>
        <source>Keep thresholds at most %1.</source>
        <translation>Gardez les seuils à %1 au plus.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="194"/>
        <source>a grace of %1 months</source>
        <translation>un délai de grâce de %1 mois</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="195"/>
        <source>Choose 0 to %1 months.</source>
        <translation>Choisissez de 0 à %1 mois.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="199"/>
        <source>a decay of %1 points a month</source>
        <translation>une décroissance de %1 points par mois</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="201"/>
        <source>Choose 0 (no decay) to %1 points.</source>
        <translation>Choisissez de 0 (pas de décroissance) à %1 points.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="212"/>
        <source>fit rule %1: %2</source>
        <translation>règle d’adéquation %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="213"/>
        <source>Complete the fit rule&apos;s condition.</source>
        <translation>Complétez la condition de la règle d’adéquation.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="216"/>
        <source>fit rule %1 gives %2 points</source>
        <translation>la règle d’adéquation %1 donne %2 points</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="219"/>
        <source>Fit points run from 0 to 100: keep a rule between −100 and 100.</source>
        <translation>Les points d’adéquation vont de 0 à 100 : gardez une règle entre −100 et 100.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="225"/>
        <source>grade boundaries A %1, B %2, C %3 are not 100 ≥ A &gt; B &gt; C ≥ 1</source>
        <translation>les limites de catégorie A %1, B %2, C %3 ne respectent pas 100 ≥ A &gt; B &gt; C ≥ 1</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="230"/>
        <source>Each grade needs its own band of fit points: A above B above C, all within 1–100.</source>
        <translation>Chaque catégorie a besoin de sa propre fourchette de points d’adéquation : A au-dessus de B au-dessus de C, le tout entre 1 et 100.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="240"/>
        <source>nurture track %1 names &quot;%2&quot;</source>
        <translation>le parcours de nurturing %1 nomme « %2 »</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="241"/>
        <source>Use %1.</source>
        <translation>Utilisez %1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="252"/>
        <source>nurture track %1 has no id</source>
        <translation>le parcours de nurturing %1 n’a pas d’id</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="253"/>
        <source>Give every track a short id.</source>
        <translation>Donnez un id court à chaque parcours.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="256"/>
        <source>two nurture tracks have the id &quot;%1&quot;</source>
        <translation>deux parcours de nurturing ont l’id « %1 »</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="258"/>
        <source>Give each track its own id.</source>
        <translation>Donnez à chaque parcours son propre id.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="268"/>
        <source>the nurture step from week %1 has no name</source>
        <translation>l’étape de nurturing à partir de la semaine %1 n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="270"/>
        <source>Name the step (&quot;Problem awareness&quot;).</source>
        <translation>Nommez l’étape (« Prise de conscience du problème »).</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="273"/>
        <source>the first nurture step starts at week %1</source>
        <translation>la première étape de nurturing commence à la semaine %1</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="275"/>
        <source>Start the first step at week 1, so every week after IQL has a step.</source>
        <translation>Faites commencer la première étape à la semaine 1, afin que chaque semaine après l’IQL ait une étape.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="279"/>
        <source>nurture step &quot;%1&quot; starts at week %2, not after the step before it (week %3)</source>
        <translation>l’étape de nurturing « %1 » commence à la semaine %2, et non après l’étape précédente (semaine %3)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="285"/>
        <source>Steps start at increasing weeks.</source>
        <translation>Les étapes commencent à des semaines croissantes.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="288"/>
        <source>nurture step &quot;%1&quot; starts at week %2</source>
        <translation>l’étape de nurturing « %1 » commence à la semaine %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="291"/>
        <source>Start steps within %1 weeks.</source>
        <translation>Faites commencer les étapes dans les %1 semaines.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="303"/>
        <source>the model has no name</source>
        <translation>le modèle n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="304"/>
        <source>Name the model; versions are kept per name.</source>
        <translation>Nommez le modèle ; les versions sont conservées par nom.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="314"/>
        <source>a lead is stagnant after %1 days</source>
        <translation>un lead est stagnant après %1 jours</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="315"/>
        <source>Choose 1 to %1 days.</source>
        <translation>Choisissez de 1 à %1 jours.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="62"/>
        <source>Type %1.</source>
        <translation>Saisissez %1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="87"/>
        <source> is empty</source>
        <translation> est vide</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="88"/>
        <source> is not empty</source>
        <translation> n’est pas vide</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="97"/>
        <source>a text or a number</source>
        <translation>un texte ou un nombre</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="99"/>
        <source>values separated by commas</source>
        <translation>des valeurs séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="101"/>
        <source>words separated by commas (any of them)</source>
        <translation>des mots séparés par des virgules (l’un quelconque d’entre eux)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="104"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="106"/>
        <source>two numbers, low – high</source>
        <translation>deux nombres, bas – haut</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="108"/>
        <source>nothing (is empty), or &quot;no&quot; (is not empty)</source>
        <translation>rien (est vide), ou « no » (n’est pas vide)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="118"/>
        <location filename="../core/tuning/ConditionText.cpp" line="184"/>
        <source>the condition names no field</source>
        <translation>la condition ne nomme aucun champ</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="119"/>
        <source>Choose a lead field such as industry or employees, or type an attrs key.</source>
        <translation>Choisissez un champ du lead, comme industry ou employees, ou saisissez une clé attrs.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="122"/>
        <location filename="../core/tuning/ConditionText.cpp" line="186"/>
        <source>&quot;%1&quot; names no extra column after attrs.</source>
        <translation>« %1 » ne nomme aucune colonne supplémentaire après attrs.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="125"/>
        <source>Write the extra column&apos;s name after attrs., as in attrs.campaign.</source>
        <translation>Écrivez le nom de la colonne supplémentaire après attrs., comme dans attrs.campaign.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="132"/>
        <source>no value to compare with</source>
        <translation>aucune valeur de comparaison</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="139"/>
        <source>the list is empty</source>
        <translation>la liste est vide</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="151"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="159"/>
        <source>&quot;%1&quot; is not a range</source>
        <translation>« %1 » n’est pas une plage</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="163"/>
        <source>the low end %1 is above the high end %2</source>
        <translation>la borne basse %1 est supérieure à la borne haute %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="174"/>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>« %1 » n’est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="194"/>
        <source>the condition has no value to compare with</source>
        <translation>la condition n’a pas de valeur de comparaison</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="198"/>
        <source>&quot;in&quot; needs a non-empty list of values</source>
        <translation>« in » exige une liste de valeurs non vide</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="202"/>
        <source>&quot;contains&quot; needs a word or a list of words</source>
        <translation>« contains » exige un mot ou une liste de mots</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="206"/>
        <source>&quot;%1&quot; needs a number</source>
        <translation>« %1 » exige un nombre</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="211"/>
        <source>&quot;between&quot; needs two numbers, low – high</source>
        <translation>« between » exige deux nombres, bas – haut</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="214"/>
        <source>the range&apos;s low end is above its high end</source>
        <translation>la borne basse de la plage est supérieure à sa borne haute</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="219"/>
        <source>&quot;empty&quot; takes no value</source>
        <translation>« empty » ne prend pas de valeur</translation>
    </message>
</context>
<context>
    <name>ModelWords</name>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="32"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="33"/>
        <source>intent</source>
        <translation>intention</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="34"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="30"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="30"/>
        <source>IQL</source>
        <translation>IQL</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="31"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="31"/>
        <source>PQL</source>
        <translation>PQL</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="32"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="32"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="33"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="39"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="40"/>
        <source>stagnant</source>
        <translation>stagnant</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="41"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/shell/ShortcutList.cpp" line="35"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>ReferenceBands</name>
    <message>
        <location filename="../core/metrics/ReferenceBands.cpp" line="19"/>
        <source>IQLs / month</source>
        <translation>IQL / mois</translation>
    </message>
    <message>
        <location filename="../core/metrics/ReferenceBands.cpp" line="21"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="23"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="23"/>
        <source>IQL</source>
        <translation>IQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="24"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="24"/>
        <source>PQL</source>
        <translation>PQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="25"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="25"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="26"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="27"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="27"/>
        <source>intent</source>
        <translation>intention</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="28"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="29"/>
        <source>sql</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="29"/>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="30"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="102"/>
        <location filename="../core/report/ReportLanguage.cpp" line="125"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="119"/>
        <source>%1 pp</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="158"/>
        <source>each</source>
        <translation>à chaque fois</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="160"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="162"/>
        <source>at count %1</source>
        <translation>à la %1e fois</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="172"/>
        <source>%1 (recorded by the CRM)</source>
        <translation>%1 (enregistré par le CRM)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCells.cpp" line="59"/>
        <location filename="../core/report/QuarterTables.cpp" line="209"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="30"/>
        <source>below the band</source>
        <translation>sous la fourchette</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="32"/>
        <source>within the band</source>
        <translation>dans la fourchette</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="34"/>
        <source>above the band</source>
        <translation>au-dessus de la fourchette</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="87"/>
        <source>Funnel by stage</source>
        <translation>Entonnoir par étape</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="88"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="91"/>
        <source>Reached %1</source>
        <translation>Ont atteint %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="94"/>
        <source>Conversion %1</source>
        <translation>Conversion %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="105"/>
        <source>Leads created in each quarter and the stages they reached by %1. Conversion is the share of the stage before (PQL: of IQL).</source>
        <translation>Leads créés chaque trimestre et les étapes qu’ils ont atteintes au %1. La conversion est la part de l’étape précédente (PQL : de l’IQL).</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="115"/>
        <source>IQL metrics by quarter</source>
        <translation>Indicateurs IQL par trimestre</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="117"/>
        <location filename="../core/report/ReportBuilder.cpp" line="402"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="118"/>
        <location filename="../core/report/QuarterTables.cpp" line="227"/>
        <location filename="../core/report/QuarterTables.cpp" line="241"/>
        <location filename="../core/report/QuarterTables.cpp" line="339"/>
        <location filename="../core/report/ReportBuilder.cpp" line="325"/>
        <source>IQLs</source>
        <translation>IQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="119"/>
        <location filename="../core/report/QuarterTables.cpp" line="161"/>
        <source>IQLs per month</source>
        <translation>IQL par mois</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="120"/>
        <source>IQL → MQL (180 days)</source>
        <translation>IQL → MQL (180 jours)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="121"/>
        <location filename="../core/report/QuarterTables.cpp" line="240"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="122"/>
        <location filename="../core/report/QuarterTables.cpp" line="344"/>
        <source>Median days to MQL</source>
        <translation>Jours médians jusqu’au MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="123"/>
        <location filename="../core/report/QuarterTables.cpp" line="264"/>
        <location filename="../core/report/QuarterTables.cpp" line="285"/>
        <location filename="../core/report/ReportBuilder.cpp" line="340"/>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="124"/>
        <location filename="../core/report/QuarterTables.cpp" line="300"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="131"/>
        <location filename="../core/report/QuarterTables.cpp" line="248"/>
        <location filename="../core/report/QuarterTables.cpp" line="353"/>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="132"/>
        <location filename="../core/report/QuarterTables.cpp" line="249"/>
        <location filename="../core/report/QuarterTables.cpp" line="354"/>
        <source>final</source>
        <translation>définitive</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="136"/>
        <source>IQLs per month is the mean over the quarter&apos;s whole months; conversion is the quarter&apos;s IQL cohort (provisional until its 180 days have passed); time to MQL covers the leads that became MQL in the quarter; engagement is the mean of the monthly rates of its whole months.</source>
        <translation>Les IQL par mois sont la moyenne sur les mois complets du trimestre ; la conversion est celle de la cohorte d’IQL du trimestre (provisoire tant que ses 180 jours ne sont pas écoulés) ; le délai jusqu’au MQL porte sur les leads devenus MQL dans le trimestre ; l’engagement est la moyenne des taux mensuels de ses mois complets.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="161"/>
        <source>IQL → MQL conversion (180 days)</source>
        <translation>Conversion IQL → MQL (180 jours)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="162"/>
        <source>Median time to MQL</source>
        <translation>Délai médian jusqu’au MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="162"/>
        <source>Engagement rate</source>
        <translation>Taux d’engagement</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="175"/>
        <source>(provisional)</source>
        <translation>(provisoire)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="182"/>
        <source>%1 vs %2</source>
        <translation>%1 par rapport à %2</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="185"/>
        <source>no figure for %1</source>
        <translation>pas de chiffre pour %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="190"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="191"/>
        <source>IQLs / month</source>
        <translation>IQL / mois</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="196"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="197"/>
        <source>Band %1</source>
        <translation>Fourchette %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="207"/>
        <source>The four IQL metrics against their bands</source>
        <translation>Les quatre indicateurs IQL face à leurs fourchettes</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="208"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="210"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="211"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="212"/>
        <source>Band</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="225"/>
        <source>IQL generation by month</source>
        <translation>Génération d’IQL par mois</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="226"/>
        <location filename="../core/report/QuarterTables.cpp" line="297"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="230"/>
        <source>Leads whose IQL date falls in the month. Band: 300–500 a month.</source>
        <translation>Leads dont la date d’IQL tombe dans le mois. Fourchette : 300–500 par mois.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="238"/>
        <source>IQL → MQL conversion by monthly cohort</source>
        <translation>Conversion IQL → MQL par cohorte mensuelle</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="242"/>
        <location filename="../core/report/QuarterTables.cpp" line="340"/>
        <source>MQL within 180 days</source>
        <translation>MQL en 180 jours</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="243"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="244"/>
        <location filename="../core/report/QuarterTables.cpp" line="301"/>
        <location filename="../core/report/QuarterTables.cpp" line="345"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="252"/>
        <source>A cohort is provisional until 180 days have passed for every member. Band: 15–25 %.</source>
        <translation>Une cohorte est provisoire tant que 180 jours ne se sont pas écoulés pour chacun de ses membres. Fourchette : 15–25 %.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="261"/>
        <source>Time to MQL by month</source>
        <translation>Délai jusqu’au MQL par mois</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="263"/>
        <source>Month of MQL</source>
        <translation>Mois du MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="265"/>
        <source>Lower quartile (days)</source>
        <translation>Premier quartile (jours)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="266"/>
        <source>Median (days)</source>
        <translation>Médiane (jours)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="267"/>
        <source>Upper quartile (days)</source>
        <translation>Troisième quartile (jours)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="268"/>
        <source>Mean (days)</source>
        <translation>Moyenne (jours)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="274"/>
        <source>Days from IQL to MQL of the leads that became MQL in the month. Band: 90–180 days.</source>
        <translation>Jours de l’IQL au MQL des leads devenus MQL dans le mois. Fourchette : 90–180 jours.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="283"/>
        <source>Time to MQL in %1</source>
        <translation>Délai jusqu’au MQL en %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="284"/>
        <source>Days to MQL</source>
        <translation>Jours jusqu’au MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="296"/>
        <source>Engagement by month</source>
        <translation>Engagement par mois</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="298"/>
        <source>IQLs during the month</source>
        <translation>IQL pendant le mois</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="299"/>
        <source>With an event</source>
        <translation>Avec un événement</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="305"/>
        <source>partial month</source>
        <translation>mois partiel</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="306"/>
        <source>whole month</source>
        <translation>mois complet</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="309"/>
        <source>Of the leads that were IQL during the month, the share with at least one event in it. Band: 35–50 %.</source>
        <translation>Parmi les leads qui étaient IQL pendant le mois, la part ayant eu au moins un événement dans ce mois. Fourchette : 35–50 %.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="323"/>
        <location filename="../core/report/ReportBuilder.cpp" line="179"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="325"/>
        <source>IQLs of %1 by source</source>
        <translation>IQL de %1 par source</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="327"/>
        <location filename="../core/report/ReportBuilder.cpp" line="180"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="330"/>
        <source>IQLs of %1 by campaign</source>
        <translation>IQL de %1 par campagne</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="332"/>
        <location filename="../core/report/ReportBuilder.cpp" line="181"/>
        <source>Vertical</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="335"/>
        <source>IQLs of %1 by vertical</source>
        <translation>IQL de %1 par secteur</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="341"/>
        <source>IQL → MQL</source>
        <translation>IQL → MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="342"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="343"/>
        <source>IQL → customer</source>
        <translation>IQL → client</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="348"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="358"/>
        <source>The quarter&apos;s IQLs by their value, most first; IQL → customer counts customers won by the analysis date.</source>
        <translation>Les IQL du trimestre par valeur, les plus nombreux en premier ; IQL → client compte les clients gagnés à la date d’analyse.</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="25"/>
        <source>The model in force</source>
        <translation>Le modèle en vigueur</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="26"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="30"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="32"/>
        <location filename="../core/report/ModelTables.cpp" line="41"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="34"/>
        <source>Id in the workspace</source>
        <translation>Id dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="36"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="38"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="42"/>
        <source>built-in default, not saved yet</source>
        <translation>modèle par défaut intégré, pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="45"/>
        <source>IQL threshold (points)</source>
        <translation>Seuil IQL (points)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="47"/>
        <source>MQL threshold (points)</source>
        <translation>Seuil MQL (points)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="49"/>
        <source>MQL requires intent</source>
        <translation>Le MQL exige de l’intention</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="50"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="51"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="52"/>
        <source>PQL threshold (product points)</source>
        <translation>Seuil PQL (points produit)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="54"/>
        <source>Decay starts after (months without activity)</source>
        <translation>La décroissance commence après (mois sans activité)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="56"/>
        <source>Decay (points a month)</source>
        <translation>Décroissance (points par mois)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="59"/>
        <source>Fit grades A / B / C from (points)</source>
        <translation>Catégories d’adéquation A / B / C à partir de (points)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="69"/>
        <source>Scoring rules</source>
        <translation>Règles de notation</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="70"/>
        <location filename="../core/report/ModelTables.cpp" line="111"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="71"/>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="72"/>
        <location filename="../core/report/ModelTables.cpp" line="93"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="73"/>
        <location filename="../core/report/ModelTables.cpp" line="112"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="74"/>
        <location filename="../core/report/ModelTables.cpp" line="113"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="75"/>
        <source>Pays</source>
        <translation>Rapporte</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="76"/>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="91"/>
        <source>MQL triggers</source>
        <translation>Déclencheurs MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="92"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="94"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="95"/>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="96"/>
        <source>Within (days)</source>
        <translation>En (jours)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="110"/>
        <source>Fit rules</source>
        <translation>Règles d’adéquation</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="128"/>
        <source>Back-test against outcomes</source>
        <translation>Test rétrospectif sur les résultats</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="129"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="133"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="135"/>
        <source>Scored as of</source>
        <translation>Noté au</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="137"/>
        <source>Horizon (days)</source>
        <translation>Horizon (jours)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="139"/>
        <source>Leads scored</source>
        <translation>Leads notés</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="141"/>
        <source>Reached the outcome within the horizon</source>
        <translation>Ont atteint le résultat dans l’horizon</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="144"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="146"/>
        <source>AUC 95 % interval, low</source>
        <translation>Intervalle à 95 % de l’AUC, borne basse</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="148"/>
        <source>AUC 95 % interval, high</source>
        <translation>Intervalle à 95 % de l’AUC, borne haute</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="151"/>
        <source>MQL at the moment</source>
        <translation>MQL au moment choisi</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="155"/>
        <source>Precision at the MQL threshold</source>
        <translation>Précision au seuil MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="157"/>
        <source>Recall at the MQL threshold</source>
        <translation>Rappel au seuil MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="160"/>
        <source>The horizon reaches past the analysis date: outcomes may still come, so these figures are provisional.</source>
        <translation>L’horizon dépasse la date d’analyse : des résultats peuvent encore arriver, ces chiffres sont donc provisoires.</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="162"/>
        <source>Each lead was scored with its events up to that date only, so nothing that came later leaks into the figures.</source>
        <translation>Chaque lead a été noté avec ses seuls événements jusqu’à cette date : rien de postérieur ne fausse les chiffres.</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="171"/>
        <source>Outcome rate by score decile</source>
        <translation>Taux de résultat par décile de score</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="173"/>
        <source>Decile</source>
        <translation>Décile</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="174"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="175"/>
        <source>Reached the outcome</source>
        <translation>Ont atteint le résultat</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="176"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="177"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="178"/>
        <source>Cumulative share of outcomes</source>
        <translation>Part cumulée des résultats</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="187"/>
        <source>Decile 1 holds the highest scores; tied scores stay together, so a row may cover several deciles.</source>
        <translation>Le décile 1 contient les scores les plus élevés ; les scores égaux restent ensemble, une ligne peut donc couvrir plusieurs déciles.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="20"/>
        <source>below its band of %1</source>
        <translation>sous sa fourchette de %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="22"/>
        <source>inside its band of %1</source>
        <translation>dans sa fourchette de %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="24"/>
        <source>above its band of %1</source>
        <translation>au-dessus de sa fourchette de %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="36"/>
        <source>%1–%2 a month</source>
        <translation>%1–%2 par mois</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="39"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 jours</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="83"/>
        <source>%1 leads became IQL in %2; %3 had none.</source>
        <translation>%1 leads sont devenus IQL en %2 ; %3 n’en avait aucun.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="86"/>
        <source>IQL generation stayed at %1 in %2, as in %3.</source>
        <translation>La génération d’IQL est restée à %1 en %2, comme en %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="91"/>
        <source>IQL generation rose %1 to %2 in %3 (%4 in %5).</source>
        <translation>La génération d’IQL a augmenté de %1 pour atteindre %2 en %3 (%4 en %5).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="92"/>
        <source>IQL generation fell %1 to %2 in %3 (%4 in %5).</source>
        <translation>La génération d’IQL a baissé de %1 pour tomber à %2 en %3 (%4 en %5).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="99"/>
        <source>Against %1 a year earlier that is %2.</source>
        <translation>Par rapport à %1 un an plus tôt, cela représente %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="105"/>
        <source>%1 IQLs a month is %2.</source>
        <translation>%1 IQL par mois, c’est %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="118"/>
        <source>No lead became IQL in %1, so it has no conversion.</source>
        <translation>Aucun lead n’est devenu IQL en %1 : pas de conversion.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="124"/>
        <source>IQL → MQL conversion of the %1 cohort stayed at %2, %3.</source>
        <translation>La conversion IQL → MQL de la cohorte %1 est restée à %2, %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="129"/>
        <source>IQL → MQL conversion of the %1 cohort rose to %2 (%3), %4.</source>
        <translation>La conversion IQL → MQL de la cohorte %1 a augmenté à %2 (%3), %4.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="130"/>
        <source>IQL → MQL conversion of the %1 cohort fell to %2 (%3), %4.</source>
        <translation>La conversion IQL → MQL de la cohorte %1 a baissé à %2 (%3), %4.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="134"/>
        <source>IQL → MQL conversion of the %1 cohort is %2, %3.</source>
        <translation>La conversion IQL → MQL de la cohorte %1 est de %2, %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="139"/>
        <source>The cohort is still provisional: some of its leads have had less than 180 days to convert.</source>
        <translation>La cohorte est encore provisoire : certains de ses leads ont eu moins de 180 jours pour se convertir.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="150"/>
        <source>The %1 leads that became MQL took a median of %2 from IQL, %3.</source>
        <translation>Les %1 leads devenus MQL ont mis un délai médian de %2 depuis l’IQL, %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="161"/>
        <source>Each month %1 of the IQLs engaged on average, %2.</source>
        <translation>Chaque mois, %1 des IQL ont été engagés en moyenne, %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="172"/>
        <source>Of the %1 leads created in %2, %3 reached MQL and %4 became customers by %5.</source>
        <translation>Sur les %1 leads créés en %2, %3 ont atteint MQL et %4 sont devenus clients au %5.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="187"/>
        <source>Most IQLs came from %1: %2, %3 of the quarter&apos;s.</source>
        <translation>La plupart des IQL venaient de %1 : %2, soit %3 de ceux du trimestre.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="199"/>
        <source>Back-tested as of %1, the model ranks a lead that went on to %2 within %3 days above one that did not with a probability of %4 (AUC).</source>
        <translation>Testé rétrospectivement au %1, le modèle classe un lead qui est ensuite passé %2 en %3 jours au-dessus d’un lead qui ne l’a pas fait avec une probabilité de %4 (AUC).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="182"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="191"/>
        <source>Fit grade</source>
        <translation>Catégorie d’adéquation</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="193"/>
        <source>all leads</source>
        <translation>tous les leads</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="277"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="278"/>
        <source>%1 as known on %2, for %3 (%4 of the workspace&apos;s %5 leads).</source>
        <translation>%1 selon les données connues au %2, pour %3 (%4 des %5 leads de l’espace de travail).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="285"/>
        <source>The quarter was not over on that date: its figures cover part of it.</source>
        <translation>Le trimestre n’était pas terminé à cette date : ses chiffres n’en couvrent qu’une partie.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="299"/>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="302"/>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="309"/>
        <source>IQL metrics month by month</source>
        <translation>Indicateurs IQL mois par mois</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="310"/>
        <source>The fifteen months from %1 to the end of %2.</source>
        <translation>Les quinze mois de %1 à la fin de %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="330"/>
        <source>share MQL within 180 days</source>
        <translation>part de MQL en 180 jours</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="335"/>
        <source>days from IQL to MQL</source>
        <translation>jours de l’IQL au MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="345"/>
        <source>share with an event</source>
        <translation>part avec un événement</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="357"/>
        <source>Sources, campaigns and verticals</source>
        <translation>Sources, campagnes et secteurs</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="366"/>
        <source>The scoring model</source>
        <translation>Le modèle de notation</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="368"/>
        <source>Stages and scores come from the model that scored the workspace: %1.</source>
        <translation>Les étapes et les scores proviennent du modèle qui a noté l’espace de travail : %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="377"/>
        <source>The workspace holds no dated outcomes (SQL, opportunity or customer), so the model could not be checked against what leads went on to do.</source>
        <translation>L’espace de travail ne contient aucun résultat daté (SQL, opportunité ou client) : le modèle n’a donc pas pu être confronté à ce que les leads ont fait ensuite.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="385"/>
        <source>outcome rate</source>
        <translation>taux de résultat</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="394"/>
        <source>What this report was made from</source>
        <translation>Données à l’origine de ce rapport</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="395"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="399"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="400"/>
        <source>Analysis date</source>
        <translation>Date d’analyse</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="403"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="405"/>
        <source>Leads in the workspace</source>
        <translation>Leads dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="407"/>
        <source>Leads the filter selects</source>
        <translation>Leads sélectionnés par le filtre</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="409"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="410"/>
        <source>Leads with outcomes</source>
        <translation>Leads avec des résultats</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="412"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="413"/>
        <source>Model JSON SHA-256</source>
        <translation>SHA-256 du JSON du modèle</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="415"/>
        <source>Made by</source>
        <translation>Produit par</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="423"/>
        <source>Imports included</source>
        <translation>Imports inclus</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="424"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="425"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="426"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="427"/>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="428"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="429"/>
        <source>File SHA-256</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="430"/>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="439"/>
        <source>An undone import&apos;s rows are not in the figures.</source>
        <translation>Les lignes d’un import annulé ne figurent pas dans les chiffres.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="445"/>
        <source>Basis of this report</source>
        <translation>Base de ce rapport</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="446"/>
        <source>The report carries this basis and every number in a machine-readable manifest, sealed with a SHA-256 digest of the file: LeadStage&apos;s report verification recomputes the figures from the workspace and says whether each still holds, and whether the file was changed.</source>
        <translation>Le rapport contient cette base et chaque chiffre dans un manifeste lisible par machine, scellé par une empreinte SHA-256 du fichier : la vérification de rapport de LeadStage recalcule les chiffres à partir de l’espace de travail et indique si chacun tient toujours et si le fichier a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="483"/>
        <source>Quarterly funnel report</source>
        <translation>Rapport trimestriel de l’entonnoir</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="486"/>
        <source>Figures as known on %1</source>
        <translation>Chiffres connus au %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="488"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="489"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>ReportError</name>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="30"/>
        <source>the report&apos;s manifest is not valid JSON (%1 at byte %2)</source>
        <translation>le manifeste du rapport n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="36"/>
        <location filename="../core/report/ReportRequest.cpp" line="25"/>
        <location filename="../core/report/PdfManifest.cpp" line="38"/>
        <source>The file was changed after LeadStage wrote it; make the report again.</source>
        <translation>Le fichier a été modifié après son écriture par LeadStage ; générez à nouveau le rapport.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="40"/>
        <source>the manifest is not a LeadStage quarterly report&apos;s</source>
        <translation>le manifeste n’est pas celui d’un rapport trimestriel LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="47"/>
        <source>the report was made by a newer LeadStage (manifest version %1)</source>
        <translation>le rapport a été produit par une version plus récente de LeadStage (version de manifeste %1)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="52"/>
        <source>Verify it with that version or a later one.</source>
        <translation>Vérifiez-le avec cette version ou une version ultérieure.</translation>
    </message>
    <message>
        <location filename="../core/report/HtmlReport.cpp" line="259"/>
        <source>the file holds no LeadStage report manifest</source>
        <translation>le fichier ne contient aucun manifeste de rapport LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/HtmlReport.cpp" line="263"/>
        <source>Choose an HTML report that LeadStage wrote.</source>
        <translation>Choisissez un rapport HTML écrit par LeadStage.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="156"/>
        <source>a file of that name is in the way of the report&apos;s folder</source>
        <translation>un fichier de ce nom occupe l’emplacement du dossier du rapport</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="157"/>
        <source>Choose another name for the folder.</source>
        <translation>Choisissez un autre nom pour le dossier.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="161"/>
        <source>the folder is not empty and holds no LeadStage CSV report</source>
        <translation>le dossier n’est pas vide et ne contient pas de rapport CSV LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="163"/>
        <source>Choose a new or empty folder: LeadStage replaces only a CSV report it wrote.</source>
        <translation>Choisissez un dossier nouveau ou vide : LeadStage ne remplace qu’un rapport CSV qu’il a écrit.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="167"/>
        <source>cannot create the folder that would hold the report</source>
        <translation>impossible de créer le dossier qui contiendrait le rapport</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="169"/>
        <source>Check that the location exists and is writable.</source>
        <translation>Vérifiez que l’emplacement existe et est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="174"/>
        <source>cannot create a folder beside the report&apos;s folder</source>
        <translation>impossible de créer un dossier à côté du dossier du rapport</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="175"/>
        <location filename="../core/report/CsvReport.cpp" line="218"/>
        <source>Check that the location is writable.</source>
        <translation>Vérifiez que l’emplacement est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="183"/>
        <source>a report file has no usable name (&quot;%1&quot;)</source>
        <translation>un fichier du rapport n’a pas de nom utilisable (« %1 »)</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="188"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="190"/>
        <source>Check the free space and that the location is writable.</source>
        <translation>Vérifiez l’espace disponible et que l’emplacement est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="202"/>
        <source>cannot move the previous report aside</source>
        <translation>impossible de mettre de côté le rapport précédent</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="203"/>
        <source>Close any program that has its files open, then try again.</source>
        <translation>Fermez tout programme qui a ses fichiers ouverts, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="207"/>
        <source>cannot replace the empty folder</source>
        <translation>impossible de remplacer le dossier vide</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="208"/>
        <source>Close any program that has it open, then try again.</source>
        <translation>Fermez tout programme qui l’a ouvert, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="217"/>
        <source>cannot move the written report into place</source>
        <translation>impossible de mettre en place le rapport écrit</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="230"/>
        <source>no such folder</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="231"/>
        <location filename="../core/report/CsvReport.cpp" line="244"/>
        <location filename="../core/report/CsvReport.cpp" line="270"/>
        <source>Give the folder the CSV report was written to.</source>
        <translation>Indiquez le dossier dans lequel le rapport CSV a été écrit.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="242"/>
        <source>the folder holds no %1, so it is not a LeadStage CSV report</source>
        <translation>le dossier ne contient pas de %1, ce n’est donc pas un rapport CSV LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="253"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="266"/>
        <source>the report has no %1</source>
        <translation>le rapport n’a pas de %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="20"/>
        <source>cannot create a file in this folder (%1)</source>
        <translation>impossible de créer un fichier dans ce dossier (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="23"/>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="40"/>
        <source>cannot replace the file (%1)</source>
        <translation>impossible de remplacer le fichier (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="41"/>
        <source>Close the file if another program has it open, or choose another name.</source>
        <translation>Fermez le fichier si un autre programme l’a ouvert, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="23"/>
        <source>The file is damaged or not a zip file; make the report again.</source>
        <translation>Le fichier est endommagé ou n’est pas un fichier zip ; générez à nouveau le rapport.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="28"/>
        <source>the zip unpacks to more than %1 bytes</source>
        <translation>le zip se décompresse en plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="30"/>
        <source>This is no report LeadStage wrote; do not open it.</source>
        <translation>Ce n’est pas un rapport écrit par LeadStage ; ne l’ouvrez pas.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="58"/>
        <source>cannot open the entry &quot;%1&quot;</source>
        <translation>impossible d’ouvrir l’entrée « %1 »</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="67"/>
        <source>the entry &quot;%1&quot; is damaged (%2)</source>
        <translation>l’entrée « %1 » est endommagée (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="80"/>
        <source>the entry &quot;%1&quot; fails its checksum</source>
        <translation>l’entrée « %1 » échoue à la vérification de sa somme de contrôle</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="89"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="90"/>
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="94"/>
        <source>not a zip file, or a damaged one</source>
        <translation>pas un fichier zip, ou un fichier zip endommagé</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="102"/>
        <location filename="../core/report/ZipArchive.cpp" line="106"/>
        <source>the zip&apos;s list of entries is damaged</source>
        <translation>la liste des entrées du zip est endommagée</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="130"/>
        <location filename="../core/report/XlsxReport.cpp" line="144"/>
        <source>Check the free space and that you may write to the folder.</source>
        <translation>Vérifiez l’espace disponible et que vous avez le droit d’écrire dans le dossier.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="137"/>
        <source>cannot create the zip file</source>
        <translation>impossible de créer le fichier zip</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="151"/>
        <source>cannot add &quot;%1&quot; to the zip file</source>
        <translation>impossible d’ajouter « %1 » au fichier zip</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="155"/>
        <source>cannot write &quot;%1&quot; into the zip file</source>
        <translation>impossible d’écrire « %1 » dans le fichier zip</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="160"/>
        <source>cannot finish &quot;%1&quot; in the zip file</source>
        <translation>impossible de terminer « %1 » dans le fichier zip</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="165"/>
        <source>cannot finish the zip file</source>
        <translation>impossible de terminer le fichier zip</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="124"/>
        <source>cannot start the workbook</source>
        <translation>impossible de commencer le classeur</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="125"/>
        <source>Check the free memory and the folder.</source>
        <translation>Vérifiez la mémoire disponible et le dossier.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="135"/>
        <source>cannot write the workbook: %1</source>
        <translation>impossible d’écrire le classeur : %1</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="141"/>
        <source>cannot write the workbook (%1)</source>
        <translation>impossible d’écrire le classeur (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="540"/>
        <source>the report&apos;s manifest holds no single seal placeholder</source>
        <translation>le manifeste du rapport ne contient pas exactement un emplacement réservé au sceau</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="541"/>
        <location filename="../core/report/XlsxReport.cpp" line="592"/>
        <source>This is a bug in LeadStage; please report it.</source>
        <translation>Il s’agit d’un bogue de LeadStage ; merci de le signaler.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="567"/>
        <source>the workbook does not hold its seal placeholder exactly once</source>
        <translation>le classeur ne contient pas son emplacement réservé au sceau exactement une fois</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="571"/>
        <source>A table cell holds the seal&apos;s marker; this is a bug in LeadStage.</source>
        <translation>Une cellule de tableau contient le marqueur du sceau ; il s’agit d’un bogue de LeadStage.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="587"/>
        <source>the sealed workbook differs from the one sealed beyond its seal</source>
        <translation>le classeur scellé diffère de celui qui a été scellé, au-delà de son sceau</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="24"/>
        <source>The workbook was changed after LeadStage wrote it; make the report again.</source>
        <translation>Le classeur a été modifié après son écriture par LeadStage ; générez à nouveau le rapport.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="67"/>
        <source>the file is no Excel workbook (xl/workbook.xml is missing)</source>
        <translation>le fichier n’est pas un classeur Excel (xl/workbook.xml est absent)</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="80"/>
        <source>the workbook has no sheet &quot;%1&quot;, so no manifest</source>
        <translation>le classeur n’a pas de feuille « %1 », donc pas de manifeste</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="89"/>
        <source>the workbook&apos;s sheet &quot;%1&quot; points nowhere</source>
        <translation>la feuille « %1 » du classeur ne pointe nulle part</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="162"/>
        <source>the workbook lacks its manifest sheet&apos;s part %1</source>
        <translation>il manque au classeur la partie %1 de sa feuille de manifeste</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="21"/>
        <source>the report&apos;s manifest has a bad request: %1</source>
        <translation>le manifeste du rapport contient une demande incorrecte : %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="54"/>
        <source>no quarter</source>
        <translation>aucun trimestre</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="61"/>
        <source>analysis date &quot;%1&quot;</source>
        <translation>date d’analyse « %1 »</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="71"/>
        <source>grade &quot;%1&quot;</source>
        <translation>catégorie « %1 »</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterFigures.cpp" line="28"/>
        <source>the quarter %1 starts after the analysis date %2</source>
        <translation>le trimestre %1 commence après la date d’analyse %2</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterFigures.cpp" line="33"/>
        <source>Choose %1 or an earlier quarter, or import newer data.</source>
        <translation>Choisissez %1 ou un trimestre antérieur, ou importez des données plus récentes.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="26"/>
        <source>the report was cancelled</source>
        <translation>le rapport a été annulé</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="30"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="77"/>
        <source>the workspace changed while the report was reading it</source>
        <translation>l’espace de travail a changé pendant que le rapport le lisait</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="81"/>
        <source>Make the report again once the import or rescore has finished.</source>
        <translation>Générez à nouveau le rapport une fois l’import ou la renotation terminé.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="506"/>
        <source>no report language &quot;%1&quot;</source>
        <translation>aucune langue de rapport « %1 »</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="510"/>
        <source>Choose one of: %1.</source>
        <translation>Choisissez l’une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="513"/>
        <source>%1, so the report&apos;s figures would be wrong</source>
        <translation>%1, les chiffres du rapport seraient donc faux</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="516"/>
        <source>Rescore the workspace, then make the report again.</source>
        <translation>Renotez l’espace de travail, puis générez à nouveau le rapport.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="19"/>
        <source>not a LeadStage report: %1</source>
        <translation>pas un rapport LeadStage : %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="20"/>
        <source>Give the PDF, XLSX, HTML, CSV folder or .zip that `leadstage report` wrote.</source>
        <translation>Indiquez le PDF, le XLSX, le HTML, le dossier CSV ou le .zip écrit par `leadstage report`.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="38"/>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="48"/>
        <source>cannot read it: %1</source>
        <translation>impossible de le lire : %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="78"/>
        <source>it is no PDF, zip or HTML file LeadStage wrote</source>
        <translation>ce n’est pas un fichier PDF, zip ou HTML écrit par LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/PdfManifest.cpp" line="27"/>
        <source>the PDF holds no LeadStage report manifest</source>
        <translation>le PDF ne contient aucun manifeste de rapport LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/PdfManifest.cpp" line="31"/>
        <source>Verify a PDF that LeadStage wrote as a quarterly report.</source>
        <translation>Vérifiez un PDF écrit par LeadStage comme rapport trimestriel.</translation>
    </message>
    <message>
        <location filename="../core/report/PdfManifest.cpp" line="34"/>
        <source>the PDF holds more than one LeadStage report manifest</source>
        <translation>le PDF contient plus d’un manifeste de rapport LeadStage</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="21"/>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>ScoreStatus</name>
    <message>
        <location filename="../core/store/ScoreStatus.cpp" line="80"/>
        <source>its scores are out of date: some leads have never been scored (found on %1)</source>
        <translation>ses scores sont périmés : certains leads n’ont jamais été notés (constaté le %1)</translation>
    </message>
    <message>
        <location filename="../core/store/ScoreStatus.cpp" line="84"/>
        <source>its scores are out of date: an import was undone on %1 and the rescore did not finish</source>
        <translation>ses scores sont périmés : un import a été annulé le %1 et la renotation ne s’est pas terminée</translation>
    </message>
    <message>
        <location filename="../core/store/ScoreStatus.cpp" line="88"/>
        <source>its scores are out of date: an import changed the data on %1 and its rescore did not finish</source>
        <translation>ses scores sont périmés : un import a modifié les données le %1 et sa renotation ne s’est pas terminée</translation>
    </message>
</context>
<context>
    <name>ScoringError</name>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="90"/>
        <source>the default model is missing from this build</source>
        <translation>le modèle par défaut est absent de cette version du programme</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringEngine.cpp" line="48"/>
        <source>one date per lead is needed (%1 dates for %2 leads)</source>
        <translation>une date par lead est nécessaire (%1 dates pour %2 leads)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringEngine.cpp" line="61"/>
        <location filename="../core/scoring/ScoringEngine.cpp" line="83"/>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="331"/>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="457"/>
        <location filename="../core/scoring/ModelActivation.cpp" line="75"/>
        <source>scoring was cancelled</source>
        <translation>la notation a été annulée</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelStore.cpp" line="129"/>
        <location filename="../core/scoring/ModelStore.cpp" line="143"/>
        <location filename="../core/scoring/ModelStore.cpp" line="165"/>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="109"/>
        <location filename="../core/scoring/ModelInForce.cpp" line="29"/>
        <source>no model with id %1</source>
        <translation>aucun modèle avec l’id %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelStore.cpp" line="182"/>
        <source>a duplicate needs a name</source>
        <translation>une copie a besoin d’un nom</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelStore.cpp" line="183"/>
        <source>Give the copy a name, e.g. the original&apos;s with &quot;copy&quot; added.</source>
        <translation>Donnez un nom à la copie, p. ex. celui de l’original suivi de « copie ».</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventColumnsLoader.cpp" line="91"/>
        <location filename="../core/scoring/EventRanges.cpp" line="21"/>
        <source>loading was cancelled</source>
        <translation>le chargement a été annulé</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventColumnsLoader.cpp" line="129"/>
        <source>too many activity types (at most 65535)</source>
        <translation>trop de types d’activité (65535 au plus)</translation>
    </message>
    <message>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="101"/>
        <source>no model chosen to score with</source>
        <translation>aucun modèle choisi pour la notation</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadStateCsv.cpp" line="67"/>
        <source>writing failed: %1</source>
        <translation>l’écriture a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadStateCsv.cpp" line="98"/>
        <source>writing was cancelled</source>
        <translation>l’écriture a été annulée</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventColumnsLoader.cpp" line="306"/>
        <location filename="../core/scoring/EventRanges.cpp" line="83"/>
        <source>not enough memory to load the events</source>
        <translation>pas assez de mémoire pour charger les événements</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventRanges.cpp" line="111"/>
        <source>an event&apos;s detail id (%1) is beyond what scoring can hold</source>
        <translation>l’identifiant de détail d’un événement (%1) dépasse ce que le scoring peut contenir</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/store/Database.cpp" line="89"/>
        <source>preparing a query</source>
        <translation>préparation d’une requête</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="98"/>
        <source>no database open</source>
        <translation>aucune base de données ouverte</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="100"/>
        <source>%1 (while %2)</source>
        <translation>%1 (pendant : %2)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="124"/>
        <source>Another program is using this workspace. Close it there (or let its work finish) and try again.</source>
        <translation>Un autre programme utilise cet espace de travail. Fermez-le dans ce programme (ou laissez son travail se terminer) et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="128"/>
        <source>The file or its folder is read-only. Make it writable, or save a copy where you can write.</source>
        <translation>Le fichier ou son dossier est en lecture seule. Rendez-le accessible en écriture, ou enregistrez une copie là où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="132"/>
        <source>The file is damaged. Restore it from a backup or create a new workspace; LeadStage has not changed it.</source>
        <translation>Le fichier est endommagé. Restaurez-le à partir d’une sauvegarde ou créez un nouvel espace de travail ; LeadStage ne l’a pas modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="136"/>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>Le disque est plein. Libérez de l’espace et réessayez ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="139"/>
        <source>Check that the file and its folder exist and that you may read them.</source>
        <translation>Vérifiez que le fichier et son dossier existent et que vous avez le droit de les lire.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="142"/>
        <source>The disk reported an error. Check the drive and try again.</source>
        <translation>Le disque a signalé une erreur. Vérifiez le lecteur et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store/Transaction.cpp" line="25"/>
        <source>no transaction is open</source>
        <translation>aucune transaction n’est ouverte</translation>
    </message>
    <message>
        <location filename="../core/store/AnalysisDate.cpp" line="84"/>
        <source>the workspace&apos;s analysis date is not a number of seconds: &apos;%1&apos;</source>
        <translation>la date d’analyse de l’espace de travail n’est pas un nombre de secondes : « %1 »</translation>
    </message>
    <message>
        <location filename="../core/store/AnalysisDate.cpp" line="87"/>
        <source>Set it again with `leadstage score FILE --as-of YYYY-MM-DD` (or `--as-of latest`).</source>
        <translation>Définissez-la à nouveau avec `leadstage score FILE --as-of YYYY-MM-DD` (ou `--as-of latest`).</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="44"/>
        <source>is empty (0 bytes): not a LeadStage workspace</source>
        <translation>est vide (0 octet) : ce n’est pas un espace de travail LeadStage</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="45"/>
        <location filename="../core/store/Workspace.cpp" line="178"/>
        <source>Choose a .leadstage file. To make a new workspace, use File → New Workspace, `leadstage import FILE --leads …` or `leadstage demo --out FILE`.</source>
        <translation>Choisissez un fichier .leadstage. Pour créer un nouvel espace de travail, utilisez Fichier → Nouvel espace de travail, `leadstage import FILE --leads …` ou `leadstage demo --out FILE`.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="55"/>
        <source>is a folder, not a workspace file</source>
        <translation>est un dossier, et non un fichier d’espace de travail</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="56"/>
        <source>Choose a .leadstage file inside it.</source>
        <translation>Choisissez un fichier .leadstage qu’il contient.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="59"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="60"/>
        <source>Check that you may read the file.</source>
        <translation>Vérifiez que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="67"/>
        <source>is not a LeadStage workspace (it is not an SQLite database)</source>
        <translation>n’est pas un espace de travail LeadStage (ce n’est pas une base de données SQLite)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="68"/>
        <source>Choose a .leadstage file, or create a new workspace with File → New.</source>
        <translation>Choisissez un fichier .leadstage, ou créez un nouvel espace de travail avec Fichier → Nouveau.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="75"/>
        <location filename="../core/store/Workspace.cpp" line="83"/>
        <source>cannot be opened for writing</source>
        <translation>ne peut pas être ouvert en écriture</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="77"/>
        <source>is read-only</source>
        <translation>est en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="78"/>
        <source>Make the file writable (chmod u+w), or copy it to a folder where you can write and open the copy.</source>
        <translation>Rendez le fichier accessible en écriture (chmod u+w), ou copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="87"/>
        <source>is in a read-only folder (LeadStage keeps its journal beside the file)</source>
        <translation>se trouve dans un dossier en lecture seule (LeadStage conserve son journal à côté du fichier)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="89"/>
        <source>Copy the workspace to a folder where you can write and open the copy.</source>
        <translation>Copiez l’espace de travail dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="103"/>
        <location filename="../core/store/Workspace.cpp" line="143"/>
        <source>is damaged (%1)</source>
        <translation>est endommagé (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="110"/>
        <source>is being written by another LeadStage (process %1 on %2: an import or a rescore)</source>
        <translation>est en cours d’écriture par une autre instance de LeadStage (processus %1 sur %2 : un import ou une renotation)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="114"/>
        <source>Try again when it has finished.</source>
        <translation>Réessayez lorsqu’elle aura terminé.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="116"/>
        <source>is locked by another program (%1)</source>
        <translation>est verrouillé par un autre programme (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="176"/>
        <source>is an empty SQLite database (no tables): not a LeadStage workspace</source>
        <translation>est une base de données SQLite vide (sans tables) : ce n’est pas un espace de travail LeadStage</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="185"/>
        <source>is an SQLite database, but not a LeadStage workspace</source>
        <translation>est une base de données SQLite, mais pas un espace de travail LeadStage</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="186"/>
        <source>Choose a .leadstage file; to bring data from another tool, import its CSV exports.</source>
        <translation>Choisissez un fichier .leadstage ; pour reprendre les données d’un autre outil, importez ses exports CSV.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="190"/>
        <source>is not a LeadStage workspace: it carries LeadStage&apos;s mark but no schema version (PRAGMA user_version is 0), so LeadStage did not make it and cannot upgrade it</source>
        <translation>n’est pas un espace de travail LeadStage : il porte la marque de LeadStage mais aucune version de schéma (PRAGMA user_version vaut 0), LeadStage ne l’a donc pas créé et ne peut pas le mettre à niveau</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="194"/>
        <source>Choose another .leadstage file; this one has not been changed.</source>
        <translation>Choisissez un autre fichier .leadstage ; celui-ci n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="199"/>
        <source>was written by a newer LeadStage (workspace version %1; this LeadStage reads up to %2)</source>
        <translation>a été écrit par une version plus récente de LeadStage (version d’espace de travail %1 ; ce LeadStage lit jusqu’à la version %2)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="203"/>
        <source>Open it with a newer LeadStage. The file has not been changed.</source>
        <translation>Ouvrez-le avec une version plus récente de LeadStage. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="208"/>
        <source>Make the file and its folder writable and open it again: the interrupted import is undone then, nothing else is changed.</source>
        <translation>Rendez le fichier et son dossier accessibles en écriture et ouvrez-le à nouveau : l’import interrompu sera alors annulé, rien d’autre ne sera modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="230"/>
        <source>was left mid-write by an interrupted import, and the file or its folder is read-only</source>
        <translation>a été laissé en cours d’écriture par un import interrompu, et le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="239"/>
        <source>is being written by another LeadStage (process %1 on %2)</source>
        <translation>est en cours d’écriture par une autre instance de LeadStage (processus %1 sur %2)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="240"/>
        <source>Open it again when that import or rescore has finished.</source>
        <translation>Ouvrez-le à nouveau lorsque cet import ou cette renotation sera terminé.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="246"/>
        <location filename="../core/store/Workspace.cpp" line="256"/>
        <source>was left mid-write by an interrupted import (%1)</source>
        <translation>a été laissé en cours d’écriture par un import interrompu (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="297"/>
        <source>is open read-only</source>
        <translation>est ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="298"/>
        <source>Open the workspace for writing first.</source>
        <translation>Ouvrez d’abord l’espace de travail en écriture.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="326"/>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="327"/>
        <source>Check the path, or create a new workspace.</source>
        <translation>Vérifiez le chemin, ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="364"/>
        <source>is open for writing in another LeadStage (process %1 on %2), and the file or its folder is read-only to you, so it cannot be read safely meanwhile</source>
        <translation>est ouvert en écriture dans une autre instance de LeadStage (processus %1 sur %2), et le fichier ou son dossier est pour vous en lecture seule : il ne peut donc pas être lu de façon sûre en attendant</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="369"/>
        <source>Open it again when the other LeadStage has closed it, or read a copy.</source>
        <translation>Ouvrez-le à nouveau lorsque l’autre instance de LeadStage l’aura fermé, ou lisez une copie.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="387"/>
        <source>has changes in %1 that cannot be read where the file or its folder is read-only (%2)</source>
        <translation>contient dans %1 des modifications qui ne peuvent pas être lues tant que le fichier ou son dossier est en lecture seule (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="390"/>
        <source>Copy the workspace together with its -wal file to a folder where you can write, and open the copy.</source>
        <translation>Copiez l’espace de travail avec son fichier -wal dans un dossier où vous pouvez écrire, et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="468"/>
        <source>LeadStage was not closed properly last time (process %1 on %2 stopped with the workspace open); its lock was taken over.</source>
        <translation>LeadStage n’a pas été fermé correctement la dernière fois (le processus %1 sur %2 s’est arrêté avec l’espace de travail ouvert) ; son verrou a été repris.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="475"/>
        <source>A write that was interrupted (an import or its rescore) was rolled back: the workspace keeps what was completed before it.</source>
        <translation>Une écriture interrompue (un import ou sa renotation) a été annulée : l’espace de travail conserve ce qui avait été terminé avant elle.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="74"/>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="75"/>
        <source>Choose another name, or delete the file first.</source>
        <translation>Choisissez un autre nom, ou supprimez d’abord le fichier.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="79"/>
        <source>cannot be created: the folder %1 does not exist</source>
        <translation>ne peut pas être créé : le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="81"/>
        <source>Create the folder first, or choose another place.</source>
        <translation>Créez d’abord le dossier, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="83"/>
        <source>is being created or opened by another LeadStage (process %1 on %2)</source>
        <translation>est en cours de création ou d’ouverture par une autre instance de LeadStage (processus %1 sur %2)</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="85"/>
        <source>Wait until it has finished, or choose another name.</source>
        <translation>Attendez qu’elle ait terminé, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="108"/>
        <source>cannot be completed: the new workspace was not closed cleanly</source>
        <translation>ne peut pas être finalisé : le nouvel espace de travail n’a pas été fermé correctement</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="109"/>
        <source>Try again; the incomplete file has been removed.</source>
        <translation>Réessayez ; le fichier incomplet a été supprimé.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="114"/>
        <source>cannot be completed: the new workspace could not be written to the disk</source>
        <translation>ne peut pas être finalisé : le nouvel espace de travail n’a pas pu être écrit sur le disque</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="116"/>
        <source>Check the disk (space, errors) and try again.</source>
        <translation>Vérifiez le disque (espace, erreurs) et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="126"/>
        <source>cannot be completed: the new workspace could not be given its name (%1)</source>
        <translation>ne peut pas être finalisé : le nouvel espace de travail n’a pas pu recevoir son nom (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="129"/>
        <source>Check that no other file of that name appeared meanwhile, and try again.</source>
        <translation>Vérifiez qu’aucun autre fichier de ce nom n’est apparu entre-temps, et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceLock.cpp" line="57"/>
        <source>cannot be locked for writing (the lock file beside it cannot be created)</source>
        <translation>ne peut pas être verrouillé en écriture (le fichier de verrou à côté de lui ne peut pas être créé)</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceLock.cpp" line="62"/>
        <source>Check that you may write in the workspace&apos;s folder and that its disk has space.</source>
        <translation>Vérifiez que vous avez le droit d’écrire dans le dossier de l’espace de travail et qu’il reste de l’espace sur son disque.</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="34"/>
        <source>%1: its folder %2 is on a read-only file system</source>
        <translation>%1 : son dossier %2 se trouve sur un système de fichiers en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="37"/>
        <source>Copy the workspace to a folder on a writable disk and open the copy, or open it read-only.</source>
        <translation>Copiez l’espace de travail dans un dossier d’un disque accessible en écriture et ouvrez la copie, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="41"/>
        <source>%1: the disk holding %2 is full</source>
        <translation>%1 : le disque contenant %2 est plein</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="44"/>
        <source>Free some space on that disk and try again; nothing was changed.</source>
        <translation>Libérez de l’espace sur ce disque et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="48"/>
        <source>%1: you may not write in its folder %2</source>
        <translation>%1 : vous n’avez pas le droit d’écrire dans son dossier %2</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="51"/>
        <source>Ask for write permission on that folder, or copy the workspace to a folder where you can write.</source>
        <translation>Demandez le droit d’écriture sur ce dossier, ou copiez l’espace de travail dans un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="18"/>
        <source>Copy table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="21"/>
        <source>Copy every row as tab-separated text, for a spreadsheet</source>
        <translation>Copier chaque ligne en texte séparé par des tabulations, pour un tableur</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="26"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="31"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="33"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="36"/>
        <source>Could not write %1. Choose another folder.</source>
        <translation>Impossible d’écrire %1. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>TuningError</name>
    <message>
        <location filename="../core/tuning/WhatIfSession.cpp" line="19"/>
        <source>the what-if was cancelled: a newer edit replaced it</source>
        <translation>la simulation a été annulée : une modification plus récente l’a remplacée</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="16"/>
        <source>it matches every lead</source>
        <translation>elle correspond à tous les leads</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="17"/>
        <source>it scores 0 for every lead</source>
        <translation>elle donne 0 à tous les leads</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="23"/>
        <source>Leads have an extra column &quot;%1&quot;: write &quot;%2&quot; to score it.</source>
        <translation>Les leads ont une colonne supplémentaire « %1 » : écrivez « %2 » pour la noter.</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="26"/>
        <source>Import the leads&apos; %1, or choose a field the leads have.</source>
        <translation>Importez le champ %1 des leads, ou choisissez un champ que les leads possèdent.</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="29"/>
        <source>Check the spelling against the lead fields and the extra columns the import kept, or import a file with that column.</source>
        <translation>Vérifiez l’orthographe par rapport aux champs du lead et aux colonnes supplémentaires conservées par l’import, ou importez un fichier contenant cette colonne.</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="34"/>
        <source>rule %1: no lead in this workspace has a value in &quot;%2&quot;, so %3</source>
        <translation>règle %1 : aucun lead de cet espace de travail n’a de valeur dans « %2 », donc %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="55"/>
        <source>fit &quot;%1&quot;</source>
        <translation>adéquation « %1 »</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="34"/>
        <source>the regression needs leads with and without the outcome (%1 of %2 have it)</source>
        <translation>la régression a besoin de leads avec et sans le résultat (%1 sur %2 l’ont)</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="39"/>
        <source>Choose a longer horizon, an earlier date or another outcome.</source>
        <translation>Choisissez un horizon plus long, une date antérieure ou un autre résultat.</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="69"/>
        <source>the regression&apos;s equations have no solution</source>
        <translation>les équations de la régression n’ont pas de solution</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="71"/>
        <source>Some features may always be equal: raise the penalty or drop a rule.</source>
        <translation>Certaines variables sont peut-être toujours égales : augmentez la pénalité ou supprimez une règle.</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="76"/>
        <source>the regression diverged</source>
        <translation>la régression a divergé</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="77"/>
        <source>A feature separates the outcome perfectly: raise the penalty.</source>
        <translation>Une variable sépare parfaitement le résultat : augmentez la pénalité.</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="106"/>
        <source>the recorded stages for %1 were not loaded with the leads</source>
        <translation>les étapes enregistrées pour %1 n’ont pas été chargées avec les leads</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="112"/>
        <source>no lead has a recorded stage %1 or later in this workspace</source>
        <translation>aucun lead de cet espace de travail n’a d’étape enregistrée %1 ou ultérieure</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="115"/>
        <source>Import the CRM&apos;s lifecycle dates or flags (docs/import.md), or predict sql, opportunity or customer.</source>
        <translation>Importez les dates ou indicateurs de cycle de vie du CRM (docs/import.md), ou prédisez sql, opportunity ou customer.</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="119"/>
        <source>the CRM recorded %1 or a later stage without a date for each of the %2 leads that have one: they cannot be placed before or after a date or a stage entry</source>
        <translation>le CRM a enregistré %1 ou une étape ultérieure sans date pour chacun des %2 leads concernés : ils ne peuvent pas être placés avant ou après une date ou une entrée dans une étape</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="126"/>
        <source>Use the snapshot moment (--snapshot), which scores every lead at the analysis date.</source>
        <translation>Utilisez le moment de l’instantané (--snapshot), qui note chaque lead à la date d’analyse.</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="138"/>
        <source>the horizon must be at least one day (%1 given)</source>
        <translation>l’horizon doit être d’au moins un jour (%1 indiqué)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ThresholdReach.cpp" line="93"/>
        <source>the window must be 1 to 120 months (%1 given)</source>
        <translation>la fenêtre doit être de 1 à 120 mois (%1 indiqué)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ThresholdReach.cpp" line="106"/>
        <location filename="../core/tuning/ThresholdReach.cpp" line="130"/>
        <source>the capacity curve was cancelled</source>
        <translation>la courbe de capacité a été annulée</translation>
    </message>
    <message>
        <location filename="../core/tuning/RuleFeatures.cpp" line="85"/>
        <location filename="../core/tuning/RuleFeatures.cpp" line="105"/>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="364"/>
        <source>the suggestions were cancelled</source>
        <translation>les suggestions ont été annulées</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="86"/>
        <source>Try a later --as-of (the fitted window is as of --as-of minus the horizon), a longer --horizon, or an earlier outcome (--outcome sql).</source>
        <translation>Essayez un --as-of plus tardif (la fenêtre d’ajustement s’arrête à --as-of moins l’horizon), un --horizon plus long, ou un résultat antérieur (--outcome sql).</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="94"/>
        <source>too few outcomes to suggest points: the %1 holds %2 positive leads of %3, and at least %4 are needed</source>
        <translation>trop peu de résultats pour suggérer des points : %1 contient %2 leads positifs sur %3, et il en faut au moins %4</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="105"/>
        <source>fitted window (as of %1)</source>
        <translation>fenêtre d’ajustement (au %1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="106"/>
        <source>fitted window (the earlier two thirds)</source>
        <translation>fenêtre d’ajustement (les deux premiers tiers)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="107"/>
        <source>validation window (as of %1)</source>
        <translation>fenêtre de validation (au %1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="109"/>
        <source>validation window (the later third)</source>
        <translation>fenêtre de validation (le dernier tiers)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="113"/>
        <source>every lead of the fitted window is positive: nothing to tell apart</source>
        <translation>chaque lead de la fenêtre d’ajustement est positif : rien à départager</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="119"/>
        <source>every lead of the validation window is positive: no AUC to validate with</source>
        <translation>chaque lead de la fenêtre de validation est positif : aucune AUC pour valider</translation>
    </message>
</context>
<context>
    <name>WhatIfFigures</name>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="35"/>
        <source>no value (%1)</source>
        <translation>pas de valeur (%1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="39"/>
        <source>%1 IQLs in %2</source>
        <translation>%1 IQL en %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="42"/>
        <source>%1 of the %2 IQLs of %3 reached MQL within 180 days: %4 %</source>
        <translation>%1 des %2 IQL de %3 ont atteint MQL en 180 jours : %4 %</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="49"/>
        <source>median %1 days over the %2 leads whose MQL fell in %3 (mean %4 days)</source>
        <translation>médiane de %1 jours sur les %2 leads dont le MQL est tombé en %3 (moyenne %4 jours)</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="56"/>
        <source>%1 of the %2 leads that were IQL in %3 had an event in it: %4 %</source>
        <translation>%1 des %2 leads qui étaient IQL en %3 y ont eu un événement : %4 %</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="74"/>
        <source>%1 (draft: %2)</source>
        <translation>%1 (brouillon : %2)</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="79"/>
        <source>%1
Active model: %2
Draft: %3</source>
        <translation>%1
Modèle actif : %2
Brouillon : %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="96"/>
        <source>Leads whose furthest stage on %1 is %2: %3 under the active model, %4 under the draft.
Ever reached %2 by then: %5 and %6.</source>
        <translation>Leads dont l’étape la plus avancée au %1 est %2 : %3 avec le modèle actif, %4 avec le brouillon.
Ont atteint %2 à cette date : %5 et %6.</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="141"/>
        <source>no period</source>
        <translation>pas de période</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="144"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="146"/>
        <source>%1 by %2, as of %3</source>
        <translation>%1 par %2, au %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="147"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="147"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>campaigns</source>
        <translation>campagnes</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>industries</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="149"/>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="158"/>
        <source>grades: %1</source>
        <translation>catégories : %1</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="160"/>
        <source>all leads</source>
        <translation>tous les leads</translation>
    </message>
</context>
</TS>
