<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DashboardEngine</name>
    <message>
        <location filename="../ui/dashboard/DashboardEngine.cpp" line="34"/>
        <source>No numbers: %1. Open the workspace again to rescore every lead.</source>
        <translation>Keine Zahlen: %1. Öffnen Sie den Arbeitsbereich erneut, um alle Leads neu zu bewerten.</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <location filename="../core/metrics/DashboardFormat.cpp" line="40"/>
        <location filename="../core/metrics/DashboardFormat.cpp" line="56"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../core/metrics/DashboardFormat.cpp" line="50"/>
        <source>%1 pp</source>
        <translation>%1 PP</translation>
    </message>
</context>
<context>
    <name>DemoError</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="318"/>
        <source>the number of leads must be between 1 and 20000000, not %1</source>
        <translation>die Anzahl der Leads muss zwischen 1 und 20000000 liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="321"/>
        <source>the number of months must be between 1 and 120, not %1</source>
        <translation>die Anzahl der Monate muss zwischen 1 und 120 liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="324"/>
        <source>the end date must lie between 1990 and 2100</source>
        <translation>das Enddatum muss zwischen 1990 und 2100 liegen</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="352"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="356"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="68"/>
        <location filename="../core/demo/DemoWorkspace.cpp" line="47"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="69"/>
        <location filename="../core/demo/DemoWorkspace.cpp" line="48"/>
        <source>Check the path and your permissions.</source>
        <translation>Prüfen Sie den Pfad und Ihre Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="73"/>
        <location filename="../core/demo/DemoSinks.cpp" line="134"/>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="75"/>
        <source>Check that you may write in the folder.</source>
        <translation>Prüfen Sie, ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="136"/>
        <source>Check the free disk space.</source>
        <translation>Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="148"/>
        <source>cannot be saved: %1</source>
        <translation>kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="234"/>
        <source>the workspace has no activity type &apos;%1&apos;</source>
        <translation>der Arbeitsbereich hat keinen Aktivitätstyp &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoWorkspace.cpp" line="44"/>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoWorkspace.cpp" line="45"/>
        <source>Choose another name, or delete the file first.</source>
        <translation>Wählen Sie einen anderen Namen, oder löschen Sie die Datei zuerst.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="71"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="76"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="81"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExploreError</name>
    <message>
        <location filename="../core/explore/LeadFilterColumns.cpp" line="36"/>
        <location filename="../core/explore/LeadOrderIndex.cpp" line="46"/>
        <source>the request was superseded by a newer one</source>
        <translation>die Anfrage wurde durch eine neuere ersetzt</translation>
    </message>
</context>
<context>
    <name>FilterLine</name>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="14"/>
        <source>%1 + %2 more</source>
        <translation>%1 + %2 weitere</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="34"/>
        <location filename="../ui/report/FilterLine.cpp" line="40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="40"/>
        <source>Grade</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="43"/>
        <source>All leads (no filter)</source>
        <translation>Alle Leads (kein Filter)</translation>
    </message>
</context>
<context>
    <name>FilterScope</name>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="30"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="32"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="34"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="36"/>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="36"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="38"/>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="38"/>
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="40"/>
        <source>industry %1</source>
        <translation>Branche %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="40"/>
        <source>%n industries</source>
        <translation>
            <numerusform>%n Branche</numerusform>
            <numerusform>%n Branchen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="42"/>
        <source>country %1</source>
        <translation>Land %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="42"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n Land</numerusform>
            <numerusform>%n Länder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="47"/>
        <source>grade %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="50"/>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="51"/>
        <source>Filtered: %1</source>
        <translation>Gefiltert: %1</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="47"/>
        <location filename="../core/import/CsvReader.cpp" line="388"/>
        <location filename="../core/import/ImportScan.cpp" line="48"/>
        <source>cannot open the file: </source>
        <translation>die Datei kann nicht geöffnet werden: </translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="49"/>
        <location filename="../core/import/CsvReader.cpp" line="389"/>
        <location filename="../core/import/ImportScan.cpp" line="49"/>
        <location filename="../core/import/ImportJob.cpp" line="48"/>
        <source>Check the path and that you may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="86"/>
        <source>the file ends before row %1, the header row</source>
        <translation>die Datei endet vor Zeile %1, der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="89"/>
        <source>Choose an earlier header row.</source>
        <translation>Wählen Sie eine frühere Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="92"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="93"/>
        <source>A CSV file starts with a header row naming its columns.</source>
        <translation>Eine CSV-Datei beginnt mit einer Kopfzeile, die ihre Spalten benennt.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="136"/>
        <source>the byte %1 is not valid UTF-8, yet the file also holds valid UTF-8 beyond ASCII: read as UTF-8 or as Windows-1252, part of its text would come out wrong</source>
        <translation>das Byte %1 ist kein gültiges UTF-8, doch die Datei enthält auch gültiges UTF-8 jenseits von ASCII: Als UTF-8 oder als Windows-1252 gelesen, käme ein Teil ihres Textes falsch heraus</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="141"/>
        <source>Choose the file&apos;s encoding (--encoding on the command line, Encoding in the import wizard): UTF-8 imports it with the rows that hold such bytes rejected; Windows-1252 reads every byte as one character, so its UTF-8 text shows as &apos;Ã¼&apos; instead of &apos;ü&apos;.</source>
        <translation>Wählen Sie die Kodierung der Datei (--encoding auf der Kommandozeile, Kodierung im Import-Assistenten): UTF-8 importiert sie und weist die Zeilen mit solchen Bytes zurück; Windows-1252 liest jedes Byte als ein Zeichen, sodass ihr UTF-8-Text als &apos;Ã¼&apos; statt &apos;ü&apos; erscheint.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="178"/>
        <location filename="../core/import/CsvReader.cpp" line="266"/>
        <source>cannot read the file: </source>
        <translation>die Datei kann nicht gelesen werden: </translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="187"/>
        <location filename="../core/import/CsvReader.cpp" line="275"/>
        <source>the reading was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="292"/>
        <source>the quoted field runs past the limit of %1 characters a record may have</source>
        <translation>das Feld in Anführungszeichen überschreitet die Grenze von %1 Zeichen, die ein Datensatz haben darf</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="295"/>
        <source>If the field really is that long, shorten it in the file; if it should have ended sooner, its closing quote is missing.</source>
        <translation>Ist das Feld wirklich so lang, kürzen Sie es in der Datei; hätte es früher enden sollen, fehlt sein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="300"/>
        <source>the field runs past the limit of %1 characters a record may have</source>
        <translation>das Feld überschreitet die Grenze von %1 Zeichen, die ein Datensatz haben darf</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="302"/>
        <source>Shorten the field in the file.</source>
        <translation>Kürzen Sie das Feld in der Datei.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="334"/>
        <source>a NUL byte, which is no text (is the file binary, or UTF-16 read as another encoding?)</source>
        <translation>ein NUL-Byte, das kein Text ist (ist die Datei binär, oder wurde UTF-16 in einer anderen Kodierung gelesen?)</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="337"/>
        <source>bytes that are not valid %1; choose the file&apos;s encoding (--encoding): files saved by Excel on Windows are usually Windows-1252</source>
        <translation>Bytes, die kein gültiges %1 sind; wählen Sie die Kodierung der Datei (--encoding): Von Excel unter Windows gespeicherte Dateien sind meist Windows-1252</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="343"/>
        <source>bytes that are valid UTF-8 (&apos;%1&apos; as Windows-1252) in a file read as Windows-1252 because line %2, column %3 is not UTF-8; choose the file&apos;s encoding (--encoding)</source>
        <translation>Bytes, die gültiges UTF-8 sind (&apos;%1&apos; als Windows-1252), in einer Datei, die als Windows-1252 gelesen wird, weil Zeile %2, Spalte %3 kein UTF-8 ist; wählen Sie die Kodierung der Datei (--encoding)</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="360"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="21"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="21"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="22"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="22"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="23"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="23"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="24"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="24"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="25"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="25"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="26"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="26"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="31"/>
        <source>expected YYYY-MM-DD, optionally with a time (THH:MM:SS) and a zone (Z or +HH:MM)</source>
        <translation>erwartet JJJJ-MM-TT, wahlweise mit Uhrzeit (THH:MM:SS) und Zeitzone (Z oder +HH:MM)</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="36"/>
        <source>expected M/D/YYYY, optionally with a time (H:MM:SS, AM/PM)</source>
        <translation>erwartet M/T/JJJJ, wahlweise mit Uhrzeit (H:MM:SS, AM/PM)</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="40"/>
        <source>expected D.M.YYYY or D/M/YYYY, optionally with a time (H:MM:SS)</source>
        <translation>erwartet T.M.JJJJ oder T/M/JJJJ, wahlweise mit Uhrzeit (H:MM:SS)</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="45"/>
        <source>expected a whole number of %1 since 1970-01-01</source>
        <translation>erwartet eine ganze Zahl von %1 seit 1970-01-01</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="118"/>
        <source>year %1 is outside %2–%3</source>
        <translation>das Jahr %1 liegt außerhalb von %2–%3</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="120"/>
        <source>month %1 does not exist</source>
        <translation>den Monat %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="123"/>
        <source>%1 %2 has no day %3</source>
        <translation>%1 %2 hat keinen Tag %3</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="135"/>
        <source>hour %1 does not exist</source>
        <translation>die Stunde %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="137"/>
        <source>minute %1 does not exist</source>
        <translation>die Minute %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="139"/>
        <source>second %1 does not exist</source>
        <translation>die Sekunde %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="179"/>
        <source>the zone offset is not ±HH:MM</source>
        <translation>der Zeitzonen-Versatz ist nicht ±HH:MM</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="260"/>
        <source>%1 is outside the years %2–%3</source>
        <translation>%1 liegt außerhalb der Jahre %2–%3</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="269"/>
        <source>%1 is not a plausible date: as %2 since 1970 it is %3, and epoch times before 1990 or after 2099 are refused. Check that this column holds dates, not a flag, a count or an id</source>
        <translation>%1 ist kein plausibles Datum: Als %2 seit 1970 ergibt es %3, und Epoch-Zeiten vor 1990 oder nach 2099 werden abgelehnt. Prüfen Sie, ob diese Spalte Datumswerte enthält und nicht ein Kennzeichen, eine Anzahl oder eine ID</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="298"/>
        <source>unknown date format</source>
        <translation>unbekanntes Datumsformat</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="73"/>
        <source>the %1 mapping takes %2 from a column &apos;%3&apos; this file does not have</source>
        <translation>die Zuordnung %1 entnimmt %2 einer Spalte &apos;%3&apos;, die diese Datei nicht hat</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="77"/>
        <source>Map %1 to one of the file&apos;s columns: %2 (`#N` is the Nth column).</source>
        <translation>Ordnen Sie %1 einer der Spalten der Datei zu: %2 (`#N` ist die N-te Spalte).</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="86"/>
        <source>--ids-from-lines names the leads of a file with no CRM id or e-mail column, and this file maps %1 to its column &apos;%2&apos;</source>
        <translation>--ids-from-lines benennt die Leads einer Datei ohne CRM-ID- oder E-Mail-Spalte, und diese Datei ordnet %1 ihrer Spalte &apos;%2&apos; zu</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="92"/>
        <source>Leave out --ids-from-lines, or leave %1 unmapped.</source>
        <translation>Lassen Sie --ids-from-lines weg, oder lassen Sie %1 ohne Zuordnung.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="96"/>
        <source>no column identifies the lead (a CRM id or an e-mail) in this %1 file</source>
        <translation>keine Spalte kennzeichnet den Lead (eine CRM-ID oder eine E-Mail) in dieser %1-Datei</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="101"/>
        <source>Map the lead id or e-mail column with a mapping file (--mapping; `#N` is the Nth column), or give each row&apos;s lead the CRM id FILENAME:LINE with --ids-from-lines.</source>
        <translation>Ordnen Sie die Spalte mit Lead-ID oder E-Mail mit einer Zuordnungsdatei zu (--mapping; `#N` ist die N-te Spalte), oder geben Sie dem Lead jeder Zeile mit --ids-from-lines die CRM-ID FILENAME:LINE.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="104"/>
        <source>Map the lead id or e-mail column, e.g. with a mapping file (--mapping).</source>
        <translation>Ordnen Sie die Spalte mit Lead-ID oder E-Mail zu, z. B. mit einer Zuordnungsdatei (--mapping).</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="108"/>
        <source>no column is mapped to %1 in this %2 file</source>
        <translation>keine Spalte ist in dieser %2-Datei %1 zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="111"/>
        <source>Map one of the columns %1 to %2.</source>
        <translation>Ordnen Sie eine der Spalten %1 %2 zu.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="146"/>
        <source>Fix the mapping file; `leadstage import --help` lists the fields.</source>
        <translation>Korrigieren Sie die Zuordnungsdatei; `leadstage import --help` listet die Felder auf.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="153"/>
        <location filename="../core/import/MappingFile.cpp" line="128"/>
        <source>unknown key &apos;%1&apos; (keys: %2)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (Schlüssel: %2)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="160"/>
        <source>&apos;%1&apos; is not a field of %2 files (fields: %3)</source>
        <translation>&apos;%1&apos; ist kein Feld von %2-Dateien (Felder: %3)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="165"/>
        <source>the column is not a string: give the column&apos;s header, or `#N` for the Nth column</source>
        <translation>die Spalte ist kein String: Geben Sie den Spaltennamen aus der Kopfzeile an, oder `#N` für die N-te Spalte</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="175"/>
        <source>&apos;%1&apos; is not a date field with a known format (iso, mdy, dmy, epoch, epoch-ms)</source>
        <translation>&apos;%1&apos; ist kein Datumsfeld mit bekanntem Format (iso, mdy, dmy, epoch, epoch-ms)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="226"/>
        <source>the header names two columns &apos;%1&apos;: column %2 and column %3</source>
        <translation>die Kopfzeile benennt zwei Spalten &apos;%1&apos;: Spalte %2 und Spalte %3</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="231"/>
        <source>Rename one of them in the file and import again: columns are mapped and kept in attrs by name.</source>
        <translation>Benennen Sie eine davon in der Datei um und importieren Sie erneut: Spalten werden über ihren Namen zugeordnet und in attrs behalten.</translation>
    </message>
    <message>
        <location filename="../core/import/ActivityMap.cpp" line="136"/>
        <source>activities: &apos;%1&apos; maps to &apos;%2&apos;, which is not an activity key</source>
        <translation>activities: &apos;%1&apos; wird &apos;%2&apos; zugeordnet, das kein Aktivitätsschlüssel ist</translation>
    </message>
    <message>
        <location filename="../core/import/ActivityMap.cpp" line="140"/>
        <location filename="../core/import/CountEvents.cpp" line="59"/>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie eines von: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="20"/>
        <source>Save the mapping again from LeadStage, or fix the named key.</source>
        <translation>Speichern Sie die Zuordnung erneut aus LeadStage, oder korrigieren Sie den genannten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="75"/>
        <source>is not a JSON object (%1 at byte %2)</source>
        <translation>ist kein JSON-Objekt (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="80"/>
        <source>format is &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>format ist &apos;%1&apos;, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="84"/>
        <source>version %1 is newer than this LeadStage reads (%2)</source>
        <translation>Version %1 ist neuer als die, die dieses LeadStage liest (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="100"/>
        <source>missingValues is not a list of texts, e.g. [&quot;Select&quot;, &quot;N/A&quot;]</source>
        <translation>missingValues ist keine Liste von Texten, z. B. [&quot;Select&quot;, &quot;N/A&quot;]</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="110"/>
        <source>countsAsEvents is not a list like [{&quot;column&quot;: &quot;TotalVisits&quot;, &quot;activity&quot;: &quot;resource_center_visit&quot;}]</source>
        <translation>countsAsEvents ist keine Liste wie [{&quot;column&quot;: &quot;TotalVisits&quot;, &quot;activity&quot;: &quot;resource_center_visit&quot;}]</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="150"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="40"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="50"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="54"/>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="151"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="51"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="159"/>
        <location filename="../core/import/ImportJob.cpp" line="46"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="160"/>
        <source>Check the path of the mapping file.</source>
        <translation>Prüfen Sie den Pfad der Zuordnungsdatei.</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="20"/>
        <source>&apos;%1&apos; is not a number (digits, with , or . between thousands and before decimals; no currency sign, no letters)</source>
        <translation>&apos;%1&apos; ist keine Zahl (Ziffern, mit , oder . zwischen Tausendern und vor Dezimalstellen; kein Währungszeichen, keine Buchstaben)</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="61"/>
        <source>&apos;%1&apos; is ambiguous: the %2 may separate thousands (%3) or mark decimals (%4); write it with both separators (1,000.00 or 1.000,00) or with none</source>
        <translation>&apos;%1&apos; ist mehrdeutig: Das Trennzeichen (%2) kann Tausender trennen (%3) oder Dezimalstellen markieren (%4); schreiben Sie die Zahl mit beiden Trennzeichen (1,000.00 oder 1.000,00) oder mit keinem</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="66"/>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="67"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="98"/>
        <source>&apos;%1&apos; is not a number: thousands separators stand between groups of three digits</source>
        <translation>&apos;%1&apos; ist keine Zahl: Tausendertrennzeichen stehen zwischen Gruppen von drei Ziffern</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="111"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="118"/>
        <source>&apos;%1&apos; is negative</source>
        <translation>&apos;%1&apos; ist negativ</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="122"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="26"/>
        <source>the columns (%1) match no preset for %2 files</source>
        <translation>die Spalten (%1) passen zu keiner Vorlage für %2-Dateien</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="30"/>
        <source>Name the preset with --preset, or map the columns in a mapping file (--mapping); a file with no CRM id or e-mail column can name its leads by file and line (--ids-from-lines).</source>
        <translation>Nennen Sie die Vorlage mit --preset, oder ordnen Sie die Spalten in einer Zuordnungsdatei zu (--mapping); eine Datei ohne CRM-ID- oder E-Mail-Spalte kann ihre Leads nach Datei und Zeile benennen (--ids-from-lines).</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="34"/>
        <source>Name the preset with --preset, or map the columns in a mapping file (--mapping).</source>
        <translation>Nennen Sie die Vorlage mit --preset, oder ordnen Sie die Spalten in einer Zuordnungsdatei zu (--mapping).</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="136"/>
        <source>the dates of column &apos;%1&apos; (%2) read as %3 alike</source>
        <translation>die Datumswerte der Spalte &apos;%1&apos; (%2) lassen sich gleichermaßen als %3 lesen</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="139"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="142"/>
        <source>Say which with --date-format mdy or --date-format dmy.</source>
        <translation>Geben Sie mit --date-format mdy oder --date-format dmy an, welches gilt.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportDraft.cpp" line="354"/>
        <source>has not been read to the end yet</source>
        <translation>wurde noch nicht bis zum Ende gelesen</translation>
    </message>
    <message>
        <location filename="../core/import/ImportDraft.cpp" line="356"/>
        <source>Go back to the column mapping and on again.</source>
        <translation>Gehen Sie zurück zur Spaltenzuordnung und wieder weiter.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportDraft.cpp" line="363"/>
        <source>Choose the column&apos;s date format on the Dates page.</source>
        <translation>Wählen Sie das Datumsformat der Spalte auf der Seite „Datumsformate“.</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="41"/>
        <source>counts as events a column &apos;%1&apos; the file does not have</source>
        <translation>zählt eine Spalte &apos;%1&apos; als Ereignisse, die die Datei nicht hat</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="44"/>
        <source>Name one of its columns: %1.</source>
        <translation>Nennen Sie eine ihrer Spalten: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="55"/>
        <source>&apos;%1&apos; (for the counts of &apos;%2&apos;) is not an activity type of the workspace</source>
        <translation>&apos;%1&apos; (für die Anzahlen von &apos;%2&apos;) ist kein Aktivitätstyp des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="83"/>
        <source>%1: &apos;%2&apos; is not a count (a whole number, zero or more)</source>
        <translation>%1: &apos;%2&apos; ist keine Anzahl (eine ganze Zahl, null oder größer)</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="87"/>
        <source>%1: %2 is more than the %3 events a row may make (--count-as-events)</source>
        <translation>%1: %2 ist mehr als die %3 Ereignisse, die eine Zeile erzeugen darf (--count-as-events)</translation>
    </message>
    <message>
        <location filename="../core/import/StageCells.cpp" line="33"/>
        <source>&apos;%1&apos; is not a yes/no value (1/0, true/false, yes/no, won/lost)</source>
        <translation>&apos;%1&apos; ist kein Ja/Nein-Wert (1/0, true/false, yes/no, won/lost)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="32"/>
        <source>the import was cancelled; nothing was written</source>
        <translation>der Import wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="58"/>
        <source>a write outside any import</source>
        <translation>ein Schreibvorgang außerhalb eines Imports</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="66"/>
        <location filename="../core/import/ImportUndo.cpp" line="192"/>
        <source>import %1 (%2)</source>
        <translation>Import %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="69"/>
        <source>import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="185"/>
        <source>there is no import %1 in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es keinen Import %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="187"/>
        <source>`leadstage import history` and the Workspace page&apos;s import history list the imports by number.</source>
        <translation>`leadstage import history` und der Importverlauf auf der Seite „Arbeitsbereich“ listen die Importe nach Nummer auf.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="197"/>
        <source>%1 was undone already, on %2</source>
        <translation>%1 wurde bereits rückgängig gemacht, am %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="199"/>
        <source>An import is undone once; import the file again to bring its rows back.</source>
        <translation>Ein Import wird nur einmal rückgängig gemacht; importieren Sie die Datei erneut, um ihre Zeilen zurückzuholen.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="202"/>
        <source>%1 cannot be undone: it was made by an older LeadStage (before workspace version 9), which did not record the leads it created or the values it replaced</source>
        <translation>%1 kann nicht rückgängig gemacht werden: Er wurde von einem älteren LeadStage angelegt (vor Arbeitsbereichsversion 9), das nicht festhielt, welche Leads es anlegte oder welche Werte es ersetzte</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="208"/>
        <source>Only imports made since the workspace was upgraded can be undone.</source>
        <translation>Nur Importe seit dem Upgrade des Arbeitsbereichs können rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="211"/>
        <source>%1 cannot be undone: it never finished</source>
        <translation>%1 kann nicht rückgängig gemacht werden: Er wurde nie abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="256"/>
        <source>%1 cannot be undone: a later import built on it: %2</source>
        <translation>%1 kann nicht rückgängig gemacht werden: Ein späterer Import baut auf ihm auf: %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="260"/>
        <source>Those rows were not imported; they cannot be undone.</source>
        <translation>Diese Zeilen wurden nicht importiert; sie können nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="261"/>
        <source>Undo %1 first, then this one.</source>
        <translation>Machen Sie zuerst %1 rückgängig, dann diesen.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="284"/>
        <source>import %1 cannot be undone: lead %2 would get its %3 back, which lead %4 holds now</source>
        <translation>Import %1 kann nicht rückgängig gemacht werden: Lead %2 bekäme seinen Wert %3 zurück, den jetzt Lead %4 hat</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="291"/>
        <source>Change or remove lead %1&apos;s value first.</source>
        <translation>Ändern oder entfernen Sie zuerst den Wert von Lead %1.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="384"/>
        <location filename="../core/import/ImportUndo.cpp" line="423"/>
        <source>the undo was cancelled; nothing was changed</source>
        <translation>das Rückgängigmachen wurde abgebrochen; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="13"/>
        <source>%1 IQLs</source>
        <translation>%1 IQLs</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="27"/>
        <source>IQL generation</source>
        <translation>IQL-Generierung</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="29"/>
        <source>IQL → MQL conversion (180 days)</source>
        <translation>IQL → MQL-Konversion (180 Tage)</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="31"/>
        <source>Median time to MQL</source>
        <translation>Mediane Zeit bis MQL</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="33"/>
        <source>Engagement rate</source>
        <translation>Engagement-Rate</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="66"/>
        <source>no final period yet</source>
        <translation>noch kein abgeschlossener Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="69"/>
        <source>%1 vs %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="72"/>
        <source>no previous period</source>
        <translation>kein vorheriger Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="76"/>
        <source>Band %1</source>
        <translation>Band %1</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="78"/>
        <source>Band %1 (all leads only)</source>
        <translation>Band %1 (nur für alle Leads)</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="80"/>
        <source>Band %1 (judged per month)</source>
        <translation>Band %1 (je Monat beurteilt)</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="82"/>
        <source>Below</source>
        <translation>Darunter</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="83"/>
        <source>Within</source>
        <translation>Innerhalb</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="84"/>
        <source>Above</source>
        <translation>Darüber</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="85"/>
        <source>%1 band %2</source>
        <translation>%1 Band %2</translation>
    </message>
</context>
<context>
    <name>LeadCsvExport</name>
    <message>
        <location filename="../core/explore/LeadCsvExport.cpp" line="40"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>LeadLabel</name>
    <message>
        <location filename="../core/explore/LeadLabel.cpp" line="12"/>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
</context>
<context>
    <name>LeadStage::AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="29"/>
        <source>About LeadStage</source>
        <translation>Über LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;LeadStage %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;LeadStage %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="34"/>
        <source>Scores leads with rules you edit, places them in lifecycle stages and charts the IQL dashboard and the quarterly funnel report.&lt;br&gt;&lt;br&gt;Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Bewertet Leads mit Regeln, die Sie bearbeiten, ordnet sie Lebenszyklusphasen zu und stellt das IQL-Dashboard und den Funnel-Bericht des Quartals dar.&lt;br&gt;&lt;br&gt;Freie Software unter der GNU General Public License, Version 3 oder später: Sie dürfen sie unter deren Bedingungen weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="45"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="45"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="45"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="59"/>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="71"/>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
</context>
<context>
    <name>LeadStage::ActivityPicker</name>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="21"/>
        <source>The activity key the rule scores, with its events in this workspace; type a key that is not listed yet</source>
        <translation>Der Aktivitätsschlüssel, den die Regel bewertet, mit seinen Ereignissen in diesem Arbeitsbereich; geben Sie einen Schlüssel ein, der noch nicht aufgeführt ist</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="30"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="30"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="31"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="32"/>
        <source>%1 · %2 track · %3</source>
        <translation>%1 · Track %2 · %3</translation>
    </message>
</context>
<context>
    <name>LeadStage::BackTestView</name>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="73"/>
        <source>%1 recorded by the CRM</source>
        <translation>%1 laut CRM</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="76"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="78"/>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="80"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="94"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="95"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="139"/>
        <source>The model whose gains, bands and stages the tables show</source>
        <translation>Das Modell, dessen Gains, Bänder und Phasen die Tabellen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="151"/>
        <source>Tables for</source>
        <translation>Tabellen für</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="155"/>
        <source>Outcome rate by score band</source>
        <translation>Ergebnisrate nach Score-Band</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="159"/>
        <source>Outcome rate by stage at the moment</source>
        <translation>Ergebnisrate nach Phase zum Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="184"/>
        <source>Gains by score decile, highest scores first</source>
        <translation>Gains nach Score-Dezil, höchste Scores zuerst</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="221"/>
        <source>Open These Leads in the Explorer</source>
        <translation>Diese Leads im Explorer öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="260"/>
        <source>at IQL entry</source>
        <translation>bei IQL-Eintritt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="262"/>
        <source>at MQL entry</source>
        <translation>bei MQL-Eintritt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="264"/>
        <source>at the analysis date (snapshot)</source>
        <translation>zum Analysedatum (Snapshot)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="265"/>
        <source>as of %1</source>
        <translation>zum Stand %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="272"/>
        <source>No lead in this workspace has an outcome yet: without SQL, opportunity or customer dates there is nothing to check the score against. Import the CRM&apos;s outcomes (File → Import…, a file with the leads&apos; SQL, opportunity or customer dates), then come back here.</source>
        <translation>Noch kein Lead in diesem Arbeitsbereich hat ein Ergebnis: Ohne Datum für SQL, Opportunity oder Kunde gibt es nichts, woran sich der Score prüfen ließe. Importieren Sie die Ergebnisse aus dem CRM (Datei → Importieren…, eine Datei mit den Datumsangaben der Leads für SQL, Opportunity oder Kunde) und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="276"/>
        <source>No lead in this workspace reached %1 (%2 reached SQL or a later stage). Choose an earlier outcome, or import the %1 dates.</source>
        <translation>Kein Lead in diesem Arbeitsbereich hat %1 erreicht (%2 erreichten SQL oder eine spätere Phase). Wählen Sie ein früheres Ergebnis oder importieren Sie die Datumsangaben für %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="283"/>
        <source>No lead was scored %1: %2 Choose another moment.</source>
        <translation>Kein Lead wurde %1 bewertet: %2 Wählen Sie einen anderen Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="286"/>
        <source>None of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to rank. Choose an earlier date, a longer horizon or an earlier outcome.</source>
        <translation>Keiner der %1 Leads, die %2 bewertet wurden, hat %3 innerhalb von %4 Tagen erreicht, es gibt also keine Rangfolge. Wählen Sie ein früheres Datum, einen längeren Horizont oder ein früheres Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="290"/>
        <source>Every one of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to tell apart. Choose a shorter horizon or a later outcome.</source>
        <translation>Alle %1 Leads, die %2 bewertet wurden, haben %3 innerhalb von %4 Tagen erreicht, es gibt also nichts zu unterscheiden. Wählen Sie einen kürzeren Horizont oder ein späteres Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="300"/>
        <source>%1 created after the date</source>
        <translation>%1 nach dem Datum angelegt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="302"/>
        <source>%1 reached the outcome before the moment</source>
        <translation>%1 erreichten das Ergebnis vor dem Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="304"/>
        <source>%1 never reached the stage</source>
        <translation>%1 erreichten die Phase nie</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="306"/>
        <source>%1 too recent for the whole horizon</source>
        <translation>%1 zu neu für den ganzen Horizont</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="308"/>
        <source>%1 with an outcome without a date (the snapshot counts them)</source>
        <translation>%1 mit einem Ergebnis ohne Datum (der Snapshot zählt sie)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="310"/>
        <source>%1 in the workspace, %2 scored</source>
        <translation>%1 im Arbeitsbereich, %2 bewertet</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="462"/>
        <source>%1 under %2 and %3 under %4, %5: %6</source>
        <translation>%1 unter %2 und %3 unter %4, %5: %6</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="515"/>
        <source>%1 under %2, %3: %4, %5 reached %6 within %7 days</source>
        <translation>%1 unter %2, %3: %4, %5 erreichten %6 innerhalb von %7 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="312"/>
        <source>; left out: %1.</source>
        <translation>; ausgelassen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="321"/>
        <source>Check a model to back-test it.</source>
        <translation>Haken Sie ein Modell für den Backtest an.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="338"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (or a later stage) at any time, each lead scored %2 with all its events. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (oder eine spätere Phase) zu beliebiger Zeit, jeder Lead %2 mit allen seinen Ereignissen bewertet. </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="340"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (or a later stage) within %2 days, each lead scored %3 with its events up to then. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (oder eine spätere Phase) innerhalb von %2 Tagen, jeder Lead %3 mit seinen Ereignissen bis dahin bewertet. </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="347"/>
        <source>At stage entry each model finds its own moments: these counts are the reference&apos;s.</source>
        <translation>Bei Phaseneintritt findet jedes Modell eigene Zeitpunkte: Diese Zahlen sind die der Referenz.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="350"/>
        <source>Optimistic: a snapshot scores every lead with events that may have come after its outcome, so leakage cannot be ruled out and these figures are an upper bound.</source>
        <translation>Optimistisch: Ein Snapshot bewertet jeden Lead mit Ereignissen, die womöglich nach seinem Ergebnis kamen; Leakage lässt sich also nicht ausschließen, und diese Werte sind eine Obergrenze.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="356"/>
        <source>Provisional: the horizon runs past the analysis date %1, so outcomes still to come count as negatives.</source>
        <translation>Vorläufig: Der Horizont reicht über das Analysedatum %1 hinaus, noch ausstehende Ergebnisse zählen daher als negativ.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="417"/>
        <source>Choose another model under Tables for to see, lead by lead, the stage each model gives at the moment.</source>
        <translation>Wählen Sie unter „Tabellen für“ ein anderes Modell, um Lead für Lead zu sehen, welche Phase jedes Modell zum Zeitpunkt vergibt.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="422"/>
        <source>At stage entry each model scores its own leads at its own moments, so there is no lead-by-lead comparison of stages.</source>
        <translation>Bei Phaseneintritt bewertet jedes Modell seine eigenen Leads zu eigenen Zeitpunkten, daher gibt es keinen Phasenvergleich Lead für Lead.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="438"/>
        <source>Stage at the moment: %1 (rows) against %2 (columns)</source>
        <translation>Phase zum Zeitpunkt: %1 (Zeilen) gegen %2 (Spalten)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="439"/>
        <source>%1 of %2 scored leads are in another stage. Double-click a cell off the diagonal to open its leads.</source>
        <translation>%1 von %2 bewerteten Leads sind in einer anderen Phase. Doppelklicken Sie auf eine Zelle außerhalb der Diagonale, um ihre Leads zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="527"/>
        <source>Decile %1 (scores %2)</source>
        <translation>Dezil %1 (Scores %2)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="538"/>
        <source>Scores %1</source>
        <translation>Scores %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="546"/>
        <source>%1 at the moment</source>
        <translation>%1 zum Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>LeadStage::BandTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="70"/>
        <source>Double-click to open them in the lead explorer: %1</source>
        <translation>Doppelklicken Sie, um sie im Lead-Explorer zu öffnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="84"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="86"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="88"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
</context>
<context>
    <name>LeadStage::CapacityPanel</name>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="55"/>
        <source>Sales can work</source>
        <translation>Vertrieb schafft</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="57"/>
        <source>Catch at least</source>
        <translation>Erfasst mindestens</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="70"/>
        <source>Use proposed threshold</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="88"/>
        <source> MQLs a month</source>
        <translation> MQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="91"/>
        <source> % of eventual outcomes</source>
        <translation> % der späteren Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="95"/>
        <source>over the last </source>
        <translation>über die letzten </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="96"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="97"/>
        <source>MQLs are counted over these 30-day months up to the analysis date</source>
        <translation>MQLs werden über diese Monate zu 30 Tagen bis zum Analysedatum gezählt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="110"/>
        <source>MQL threshold (points)</source>
        <translation>MQL-Schwelle (Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="111"/>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="113"/>
        <source>MQLs a month</source>
        <translation>MQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="112"/>
        <source>precision, recall (%)</source>
        <translation>Präzision, Trefferquote (%)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="116"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="119"/>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="217"/>
        <source>Computing the capacity curve…</source>
        <translation>Kapazitätskurve wird berechnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="302"/>
        <source>Now, at MQL ≥ %1: %2 MQLs a month over the last %n month(s), precision %3, recall %4 (%5 of %6 outcomes; back-test of %7 leads).</source>
        <translation>
            <numerusform>Jetzt, bei MQL ≥ %1: %2 MQLs pro Monat über den letzten %n Monat, Präzision %3, Trefferquote %4 (%5 von %6 Ergebnissen; Backtest von %7 Leads).</numerusform>
            <numerusform>Jetzt, bei MQL ≥ %1: %2 MQLs pro Monat über die letzten %n Monate, Präzision %3, Trefferquote %4 (%5 von %6 Ergebnissen; Backtest von %7 Leads).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="310"/>
        <source>Open a workspace with outcomes to see the capacity curve.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Ergebnissen, um die Kapazitätskurve zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="336"/>
        <source>Give what sales can work a month, the share of outcomes to catch, or both.</source>
        <translation>Geben Sie an, wie viel der Vertrieb pro Monat schafft, welchen Anteil der Ergebnisse Sie erfassen wollen, oder beides.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="339"/>
        <source>%1 MQLs a month, precision %2, recall %3</source>
        <translation>%1 MQLs pro Monat, Präzision %2, Trefferquote %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="344"/>
        <source>Proposed: MQL ≥ %1, the lowest threshold from which MQLs stay within %2 a month: %3.</source>
        <translation>Vorschlag: MQL ≥ %1, die niedrigste Schwelle, ab der die MQLs bei höchstens %2 pro Monat bleiben: %3.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="350"/>
        <source>Proposed: MQL ≥ %1 meets both: %2.</source>
        <translation>Vorschlag: MQL ≥ %1 erfüllt beides: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="353"/>
        <source>Proposed: MQL ≥ %1, the highest threshold that still catches %2: %3.</source>
        <translation>Vorschlag: MQL ≥ %1, die höchste Schwelle, die noch %2 erfasst: %3.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="358"/>
        <source>No threshold meets both. Sales&apos; capacity wins: MQL ≥ %1 keeps within %2 a month but catches only %3 of the outcomes (%4 asked): %5.</source>
        <translation>Keine Schwelle erfüllt beides. Die Kapazität des Vertriebs hat Vorrang: MQL ≥ %1 bleibt bei höchstens %2 pro Monat, erfasst aber nur %3 der Ergebnisse (%4 verlangt): %5.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="366"/>
        <source>No threshold keeps MQLs within %1 a month: triggers and the ICP threshold make MQLs whatever the threshold (%2 a month at the highest).</source>
        <translation>Keine Schwelle hält die MQLs bei höchstens %1 pro Monat: Trigger und die ICP-Schwelle erzeugen MQLs unabhängig von der Schwelle (%2 pro Monat bei der höchsten).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="370"/>
        <source>No threshold catches %1 of the outcomes: even the lowest catches %2.</source>
        <translation>Keine Schwelle erfasst %1 der Ergebnisse: Selbst die niedrigste erfasst nur %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="397"/>
        <source>MQL ≥ %1
%2 MQLs a month (%3 in %n month(s))
precision %4 (%5 of %6 MQLs reached the outcome)
recall %7 (%5 of %8 outcomes)</source>
        <translation>
            <numerusform>MQL ≥ %1
%2 MQLs pro Monat (%3 in %n Monat)
Präzision %4 (%5 von %6 MQLs erreichten das Ergebnis)
Trefferquote %7 (%5 von %8 Ergebnissen)</numerusform>
            <numerusform>MQL ≥ %1
%2 MQLs pro Monat (%3 in %n Monaten)
Präzision %4 (%5 von %6 MQLs erreichten das Ergebnis)
Trefferquote %7 (%5 von %8 Ergebnissen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ChartPanel</name>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="56"/>
        <source>Reading the figures…</source>
        <translation>Die Zahlen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="77"/>
        <source>No lead to show: the workspace holds none yet, or the filter selects none.</source>
        <translation>Kein Lead anzuzeigen: Der Arbeitsbereich enthält noch keine, oder der Filter wählt keine aus.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="114"/>
        <source>LeadStage dashboard chart</source>
        <translation>LeadStage-Dashboard-Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="129"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="130"/>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="132"/>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="138"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="138"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="140"/>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="144"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="144"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>LeadStage::CohortHeatMap</name>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="14"/>
        <source>IQL → MQL conversion by cohort</source>
        <translation>IQL → MQL-Konversion nach Kohorte</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="20"/>
        <source>% converted</source>
        <translation>% konvertiert</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="35"/>
        <source>Months of 30 days since IQL (6 = the 180-day conversion)</source>
        <translation>Monate zu 30 Tagen seit IQL (6 = die 180-Tage-Konversion)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="60"/>
        <source>No cohort to follow: none of the selected leads reached IQL in the periods shown.</source>
        <translation>Keine Kohorte zu verfolgen: Keiner der ausgewählten Leads hat in den angezeigten Zeiträumen IQL erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="107"/>
        <source>IQLs of %1 at MQL within %2 days</source>
        <translation>IQLs aus %1, die innerhalb von %2 Tagen MQL wurden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="118"/>
        <source>Cohort %1 (%2 IQLs)
within %3 days: %4 MQL = %5</source>
        <translation>Kohorte %1 (%2 IQLs)
innerhalb von %3 Tagen: %4 MQL = %5</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="123"/>
        <source>not final: those days have not all passed</source>
        <translation>nicht endgültig: diese Tage sind noch nicht alle vergangen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="125"/>
        <source>provisional cohort</source>
        <translation>vorläufige Kohorte</translation>
    </message>
</context>
<context>
    <name>LeadStage::ConditionEditor</name>
    <message>
        <location filename="../ui/ruleeditor/ConditionEditor.cpp" line="30"/>
        <source>A lead field, or the name of an extra column kept in the lead&apos;s attrs; attrs.NAME always means the extra column, also when a lead field has its name</source>
        <translation>Ein Lead-Feld oder der Name einer zusätzlichen Spalte aus den attrs des Leads; attrs.NAME meint immer die zusätzliche Spalte, auch wenn ein Lead-Feld so heißt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ConditionEditor.cpp" line="35"/>
        <source>= and != compare text (case-insensitive) or numbers; in: one of a list; contains: any of the words; &gt;=, &lt;=, between: numbers; empty: the field has no value</source>
        <translation>= und != vergleichen Text (ohne Groß-/Kleinschreibung) oder Zahlen; in: einer aus einer Liste; contains: eines der Wörter; &gt;=, &lt;=, between: Zahlen; empty: das Feld hat keinen Wert</translation>
    </message>
</context>
<context>
    <name>LeadStage::CountEventsChoices</name>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="16"/>
        <source>Count columns as events</source>
        <translation>Zählspalten als Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="20"/>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="22"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="26"/>
        <source>For exports without event history: a column holding a count per lead (&quot;TotalVisits&quot;, &quot;Emails Opened&quot;) becomes that many events of an activity, dated at the lead&apos;s created date, so rules on that activity score them.</source>
        <translation>Für Exporte ohne Ereignisverlauf: Eine Spalte mit einer Anzahl je Lead („TotalVisits“, „Emails Opened“) wird zu ebenso vielen Ereignissen einer Aktivität, datiert auf das Anlagedatum des Leads, damit Regeln auf diese Aktivität sie bewerten.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="30"/>
        <source>A column no field takes (kept as attribute or ignored) whose cells are whole counts; a cell that is not a count, or a count over %1, rejects its row</source>
        <translation>Eine Spalte, die kein Feld belegt (als Attribut behalten oder ignoriert), mit ganzen Zahlen; eine Zelle, die keine Anzahl ist, oder eine Anzahl über %1 lehnt ihre Zeile ab</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="34"/>
        <source>The workspace&apos;s activity the counted events are of</source>
        <translation>Die Aktivität des Arbeitsbereichs, zu der die gezählten Ereignisse gehören</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="36"/>
        <source>Turn the column&apos;s counts into events of the activity</source>
        <translation>Die Anzahlen der Spalte in Ereignisse der Aktivität umwandeln</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="38"/>
        <source>Columns that become events in this import</source>
        <translation>Spalten, die in diesem Import zu Ereignissen werden</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="41"/>
        <source>The selected column is imported as before, without events</source>
        <translation>Die gewählte Spalte wird wie zuvor importiert, ohne Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="45"/>
        <source>Column:</source>
        <translation>Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="47"/>
        <source>becomes that many events of:</source>
        <translation>wird zu ebenso vielen Ereignissen von:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="117"/>
        <source>%1 → events of %2</source>
        <translation>%1 → Ereignisse von %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="125"/>
        <source>None: every column is imported as mapped above.</source>
        <translation>Keine: jede Spalte wird wie oben zugeordnet importiert.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="126"/>
        <source>Each count becomes that many events at the lead&apos;s created date; importing the file again adds only what a grown count adds.</source>
        <translation>Jede Anzahl wird zu ebenso vielen Ereignissen am Anlagedatum des Leads; ein erneuter Import fügt nur hinzu, was eine gewachsene Anzahl hinzufügt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="130"/>
        <source>%1 feeds a field or is not in this file: remove it here or map it to no field.</source>
        <translation>%1 belegt ein Feld oder fehlt in dieser Datei: hier entfernen oder keinem Feld zuordnen.</translation>
    </message>
</context>
<context>
    <name>LeadStage::CsvPreviewModel</name>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="73"/>
        <source>Line %1 will be rejected: %2</source>
        <translation>Zeile %1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="75"/>
        <source>&apos;%1&apos; is read as missing (not answered)</source>
        <translation>„%1“ wird als fehlend gelesen (nicht beantwortet)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="91"/>
        <source>Rejected because</source>
        <translation>Abgelehnt, weil</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="96"/>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
</context>
<context>
    <name>LeadStage::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="167"/>
        <source>Loading workspace…</source>
        <translation>Arbeitsbereich wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="223"/>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="225"/>
        <source>%1 selected, as of %2</source>
        <translation>%1 ausgewählt, Stand %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="237"/>
        <source>This workspace holds no leads yet. Import a CRM or marketing-automation export with File → Import (Ctrl+I), or drop the CSV files on this window.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Leads. Importieren Sie einen Export aus CRM oder Marketing-Automation mit Datei → Importieren (Ctrl+I), oder ziehen Sie die CSV-Dateien auf dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="240"/>
        <source>No lead matches the filter. Widen the date range or clear a filter above.</source>
        <translation>Kein Lead passt zum Filter. Erweitern Sie den Zeitraum oder entfernen Sie oben einen Filter.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="243"/>
        <source>No IQL falls within the chosen dates (%1 selected by the other filters). Widen the date range, or untick it to see every period.</source>
        <translation>Kein IQL fällt in den gewählten Zeitraum (%1 durch die anderen Filter ausgewählt). Erweitern Sie den Zeitraum, oder entfernen Sie den Haken, um jeden Zeitraum zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="247"/>
        <source>No lead has reached IQL under the active model (%1 selected). Widen the filter, or import their engagement events (File → Import).</source>
        <translation>Kein Lead hat unter dem aktiven Modell IQL erreicht (%1 ausgewählt). Erweitern Sie den Filter, oder importieren Sie ihre Engagement-Ereignisse (Datei → Importieren).</translation>
    </message>
</context>
<context>
    <name>LeadStage::DateEdit</name>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="20"/>
        <source>Type a date as %1, or pick one from the calendar</source>
        <translation>Geben Sie ein Datum als %1 ein oder wählen Sie eines im Kalender</translation>
    </message>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="92"/>
        <location filename="../ui/common/DateEdit.cpp" line="120"/>
        <source>“%1” is not a date: %2 is kept</source>
        <translation>„%1“ ist kein Datum: %2 bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="99"/>
        <source>“%1” cannot go there: type the date as %2, e.g. %3</source>
        <translation>„%1“ passt dort nicht hin: Geben Sie das Datum als %2 ein, z. B. %3</translation>
    </message>
</context>
<context>
    <name>LeadStage::DecayChart</name>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="27"/>
        <source>engagement of an idle lead</source>
        <translation>Engagement eines inaktiven Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="29"/>
        <source>IQL threshold</source>
        <translation>IQL-Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="37"/>
        <source>days since the last event (30-day months)</source>
        <translation>Tage seit dem letzten Ereignis (Monate zu 30 Tagen)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="40"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="60"/>
        <source>Day %1: %2 points</source>
        <translation>Tag %1: %2 Punkte</translation>
    </message>
</context>
<context>
    <name>LeadStage::DecayPanel</name>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="32"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="33"/>
        <source>Months (30 days each) without activity before the score starts to fall</source>
        <translation>Monate (zu je 30 Tagen) ohne Aktivität, bevor der Score zu sinken beginnt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="34"/>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="39"/>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="35"/>
        <source>no decay</source>
        <translation>kein Verfall</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="36"/>
        <source>Points lost for each further full month of inactivity, never below zero</source>
        <translation>Punkte, die für jeden weiteren vollen Monat ohne Aktivität abgezogen werden, nie unter null</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="40"/>
        <source>The engagement of the idle lead the chart follows (not part of the model)</source>
        <translation>Das Engagement des inaktiven Leads, dem das Diagramm folgt (nicht Teil des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="44"/>
        <source>&amp;Grace</source>
        <translation>&amp;Schonfrist</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="45"/>
        <source>&amp;Decay per month</source>
        <translation>&amp;Verfall pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="46"/>
        <source>Decay</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="49"/>
        <source>&amp;Start score</source>
        <translation>S&amp;tartwert</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="50"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="93"/>
        <source>An idle lead at %1 points stays at or above the IQL threshold (%2) all year.</source>
        <translation>Ein inaktiver Lead mit %1 Punkten bleibt das ganze Jahr auf oder über der IQL-Schwelle (%2).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="94"/>
        <source>%1 points is below the IQL threshold (%2) already.</source>
        <translation>%1 Punkte liegen bereits unter der IQL-Schwelle (%2).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="95"/>
        <source>An idle lead at %1 points falls below the IQL threshold (%2) on day %3.</source>
        <translation>Ein inaktiver Lead mit %1 Punkten fällt an Tag %3 unter die IQL-Schwelle (%2).</translation>
    </message>
</context>
<context>
    <name>LeadStage::DecileTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="74"/>
        <source>Double-click to open them in the lead explorer: %1</source>
        <translation>Doppelklicken Sie, um sie im Lead-Explorer zu öffnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="76"/>
        <source>Tied scores stay together: this row holds a tie that crosses the end of a decile (or there are fewer than ten leads), so it covers deciles %1.
</source>
        <translation>Gleiche Scores bleiben zusammen: Diese Zeile enthält einen Gleichstand über eine Dezilgrenze hinweg (oder es gibt weniger als zehn Leads), daher umfasst sie die Dezile %1.
</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Decile</source>
        <translation>Dezil</translation>
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
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Cum. gain</source>
        <translation>Kum. Gain</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Cum. lift</source>
        <translation>Kum. Lift</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="92"/>
        <source>Tenths of the scored leads, highest scores first</source>
        <translation>Zehntel der bewerteten Leads, höchste Scores zuerst</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="93"/>
        <source>The highest and lowest score in the row</source>
        <translation>Der höchste und der niedrigste Score der Zeile</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="94"/>
        <source>Leads in the row</source>
        <translation>Leads in der Zeile</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="95"/>
        <source>Of them, leads that reached the outcome</source>
        <translation>Davon Leads, die das Ergebnis erreichten</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="96"/>
        <source>Outcomes / leads</source>
        <translation>Ergebnisse / Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="97"/>
        <source>The row&apos;s rate / the overall rate</source>
        <translation>Die Rate der Zeile / die Gesamtrate</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="98"/>
        <source>The share of all outcomes found in this row and the ones above</source>
        <translation>Der Anteil aller Ergebnisse in dieser Zeile und den Zeilen darüber</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="99"/>
        <source>The rate so far / the overall rate</source>
        <translation>Die bisherige Rate / die Gesamtrate</translation>
    </message>
</context>
<context>
    <name>LeadStage::DraftTablePanel</name>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="34"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="35"/>
        <source>Add a %1 below the selected one</source>
        <translation>%1 unter dem ausgewählten Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="36"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="37"/>
        <source>Delete the selected %1</source>
        <translation>Ausgewählten Eintrag löschen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="52"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="53"/>
        <source>Try this %1 earlier (the first that holds wins)</source>
        <translation>Diesen Eintrag (%1) früher prüfen (der erste zutreffende gewinnt)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="55"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="56"/>
        <source>Try this %1 later</source>
        <translation>Diesen Eintrag (%1) später prüfen</translation>
    </message>
</context>
<context>
    <name>LeadStage::EngagementChart</name>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="15"/>
        <source>Engagement rate of IQLs</source>
        <translation>Engagement-Rate der IQLs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="38"/>
        <source>Shaded: reference band 35–50 %</source>
        <translation>Schattiert: Referenzbereich 35–50 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="46"/>
        <source>IQLs with an event in the month (%)</source>
        <translation>IQLs mit einem Ereignis im Monat (%)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="60"/>
        <source>No selected lead was an IQL in any month shown: no engagement rate to draw.</source>
        <translation>Kein ausgewählter Lead war in einem der angezeigten Monate ein IQL: keine Engagement-Rate darzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="105"/>
        <source>IQLs engaged in %1</source>
        <translation>IQLs mit Engagement in %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="114"/>
        <source>%1: %2 of %3 IQLs engaged = %4</source>
        <translation>%1: %2 von %3 IQLs mit Engagement = %4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="118"/>
        <source>partial month: the analysis date falls inside it</source>
        <translation>angebrochener Monat: das Analysedatum liegt darin</translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluatePanel</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="50"/>
        <source>Could not read the CRM&apos;s recorded stages: %1. %2</source>
        <translation>Die vom CRM erfassten Phasen konnten nicht gelesen werden: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="78"/>
        <source>Back-testing: scoring each lead with its events up to the moment…</source>
        <translation>Backtest: Jeder Lead wird mit seinen Ereignissen bis zum Zeitpunkt bewertet…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="82"/>
        <source>Back-test</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="83"/>
        <source>How well each checked model ranks the leads that reached the outcome</source>
        <translation>Wie gut jedes angehakte Modell die Leads, die das Ergebnis erreichten, vorn einordnet</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="122"/>
        <source>Could not read the workspace&apos;s leads and events: %1. %2</source>
        <translation>Die Leads und Ereignisse des Arbeitsbereichs konnten nicht gelesen werden: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="141"/>
        <source>Open a workspace to back-test its scoring model against its outcomes.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um sein Scoring-Modell im Backtest an seinen Ergebnissen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="145"/>
        <source>Reading the workspace…</source>
        <translation>Der Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="232"/>
        <source>Could not read the saved models: %1. %2</source>
        <translation>Die gespeicherten Modelle konnten nicht gelesen werden: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="246"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="247"/>
        <source>Draft (unsaved changes)</source>
        <translation>Entwurf (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="248"/>
        <source>Draft (same as %1)</source>
        <translation>Entwurf (wie %1)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="286"/>
        <source>Check a model on the left to back-test it against the workspace&apos;s outcomes.</source>
        <translation>Haken Sie links ein Modell an, um es im Backtest an den Ergebnissen des Arbeitsbereichs zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="310"/>
        <source>Could not back-test: %1. %2</source>
        <translation>Backtest nicht möglich: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="335"/>
        <source>Reading the workspace&apos;s leads and events…</source>
        <translation>Leads und Ereignisse des Arbeitsbereichs werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="342"/>
        <source>Back-testing %n model(s): scoring each lead with its events up to the moment…</source>
        <translation>
            <numerusform>Backtest von %n Modell: Jeder Lead wird mit seinen Ereignissen bis zum Zeitpunkt bewertet…</numerusform>
            <numerusform>Backtest von %n Modellen: Jeder Lead wird mit seinen Ereignissen bis zum Zeitpunkt bewertet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="347"/>
        <source>Back-testing…</source>
        <translation>Backtest läuft…</translation>
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
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="83"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="86"/>
        <source>%1 (CRM)</source>
        <translation>%1 (CRM)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="87"/>
        <source>The outcome the score should predict; reaching a later stage counts too. “(CRM)”: the lifecycle stage the CRM&apos;s export recorded, instead of the outcomes table</source>
        <translation>Das Ergebnis, das der Score vorhersagen soll; auch eine spätere Phase zählt. „(CRM)“: die Lifecycle-Phase, die der CRM-Export erfasst hat, statt der Ergebnistabelle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="90"/>
        <source>As of a date</source>
        <translation>Zu einem Datum</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="91"/>
        <source>At IQL entry</source>
        <translation>Bei IQL-Eintritt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="92"/>
        <source>At MQL entry</source>
        <translation>Bei MQL-Eintritt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="93"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="94"/>
        <source>As of a date: every lead scored with its events up to that date. At IQL or MQL entry: each lead scored when it reached the stage. Snapshot: every lead scored at the analysis date, for outcomes known only as a yes/no flag; optimistic, as leakage cannot be ruled out</source>
        <translation>Zu einem Datum: jeder Lead mit seinen Ereignissen bis zu diesem Datum bewertet. Bei IQL- oder MQL-Eintritt: jeder Lead bewertet, als er die Phase erreichte. Snapshot: jeder Lead zum Analysedatum bewertet, für Ergebnisse, die nur als Ja/Nein-Wert bekannt sind; optimistisch, da Leakage nicht auszuschließen ist</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="99"/>
        <source>Leads are scored with their events up to the end of this day (UTC); an outcome in the horizon after it counts</source>
        <translation>Leads werden mit ihren Ereignissen bis zum Ende dieses Tages (UTC) bewertet; ein Ergebnis im Horizont danach zählt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="102"/>
        <source>Latest</source>
        <translation>Spätestes</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="103"/>
        <source>The latest date whose whole horizon lies within the data: the analysis date minus the horizon</source>
        <translation>Das späteste Datum, dessen ganzer Horizont in den Daten liegt: das Analysedatum minus den Horizont</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="107"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="108"/>
        <source>How long after the moment an outcome counts</source>
        <translation>Wie lange nach dem Zeitpunkt ein Ergebnis zählt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="112"/>
        <source>Check the models to compare. The first checked is the reference the others are compared with: drag a model up to make it the reference</source>
        <translation>Haken Sie die zu vergleichenden Modelle an. Das erste angehakte ist die Referenz, mit der die anderen verglichen werden: Ziehen Sie ein Modell nach oben, um es zur Referenz zu machen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="124"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="125"/>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="126"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="127"/>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="131"/>
        <source>Back-test</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="134"/>
        <source>Models to compare</source>
        <translation>Zu vergleichende Modelle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="187"/>
        <source>Check a model to back-test it.</source>
        <translation>Haken Sie ein Modell für den Backtest an.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="189"/>
        <source>Check a second model to compare it with %1.</source>
        <translation>Haken Sie ein zweites Modell an, um es mit %1 zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="191"/>
        <source>Compared with %1, the first checked. Drag to reorder.</source>
        <translation>Verglichen mit %1, dem ersten angehakten. Zum Umordnen ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="225"/>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="319"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="230"/>
        <source>%1 (built-in, active)</source>
        <translation>%1 (eingebaut, aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="233"/>
        <source>%1 v%2 (active)</source>
        <translation>%1 v%2 (aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="233"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="235"/>
        <source>Saved %1 (id %2)%3</source>
        <translation>Gespeichert am %1 (ID %2)%3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="241"/>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="247"/>
        <source>The draft as edited now</source>
        <translation>Der Entwurf, wie er jetzt ist</translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluationSummaryModel</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="52"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="56"/>
        <source>%1 to %2, %3</source>
        <translation>%1 bis %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="58"/>
        <source>paired</source>
        <translation>gepaart</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="58"/>
        <source>unpaired</source>
        <translation>ungepaart</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="68"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="128"/>
        <source>Paired DeLong interval: both models scored the same leads at the same moments</source>
        <translation>Gepaartes DeLong-Intervall: Beide Modelle bewerteten dieselben Leads zu denselben Zeitpunkten</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="129"/>
        <source>Unpaired interval √(SE₁² + SE₂²): each model found its own moments, so the leads differ</source>
        <translation>Ungepaartes Intervall √(SE₁² + SE₂²): Jedes Modell fand eigene Zeitpunkte, daher unterscheiden sich die Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="132"/>
        <source>No interval without two outcomes and two leads without one</source>
        <translation>Kein Intervall ohne zwei Ergebnisse und zwei Leads ohne Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>Scored leads</source>
        <translation>Bewertete Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Δ AUC</source>
        <translation>Δ AUC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Δ 95 % interval</source>
        <translation>Δ 95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>MQLs</source>
        <translation>MQLs</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="143"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="143"/>
        <source>MQLs a month</source>
        <translation>MQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="143"/>
        <source>MQL first</source>
        <translation>MQL zuerst</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="145"/>
        <source>Leads scored at the moment (the rest were left out: see the counts below)</source>
        <translation>Zum Zeitpunkt bewertete Leads (der Rest wurde ausgelassen: siehe die Zahlen unten)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="146"/>
        <source>Scored leads that reached the outcome within the horizon</source>
        <translation>Bewertete Leads, die das Ergebnis innerhalb des Horizonts erreichten</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="147"/>
        <source>Area under the ROC curve: the chance that a lead with the outcome scored higher than one without (ties count one half). 0.5 is a coin toss, 1 a perfect ranking</source>
        <translation>Fläche unter der ROC-Kurve: die Wahrscheinlichkeit, dass ein Lead mit Ergebnis höher bewertet wurde als einer ohne (Gleichstände zählen halb). 0,5 ist ein Münzwurf, 1 eine perfekte Rangfolge</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="149"/>
        <source>DeLong&apos;s 95 % interval of the AUC</source>
        <translation>95-%-Intervall der AUC nach DeLong</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="150"/>
        <source>This model&apos;s AUC minus the reference&apos;s (the first column)</source>
        <translation>Die AUC dieses Modells minus die der Referenz (erste Spalte)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="151"/>
        <source>The 95 % interval of the difference: paired when both scored the same leads</source>
        <translation>Das 95-%-Intervall der Differenz: gepaart, wenn beide dieselben Leads bewertet haben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="152"/>
        <source>Leads that were MQL at the moment (by score or by a trigger)</source>
        <translation>Leads, die zum Zeitpunkt MQL waren (per Score oder Trigger)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="153"/>
        <source>Of the MQLs, the share that reached the outcome</source>
        <translation>Anteil der MQLs, die das Ergebnis erreichten</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="154"/>
        <source>Of the outcomes, the share that was MQL at the moment</source>
        <translation>Anteil der Ergebnisse, die zum Zeitpunkt MQL waren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="155"/>
        <source>Leads that became MQL in the last six 30-day months up to the analysis date, per month (the capacity sales needs at this model&apos;s threshold)</source>
        <translation>Leads, die in den letzten sechs Monaten zu 30 Tagen bis zum Analysedatum MQL wurden, pro Monat (die Kapazität, die der Vertrieb bei der Schwelle dieses Modells braucht)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="157"/>
        <source>Of the outcomes, how many reached MQL at or before the outcome (in a replay to the analysis date)</source>
        <translation>Wie viele der Ergebnisse MQL erreichten, bevor oder als das Ergebnis eintrat (in einer Nachberechnung bis zum Analysedatum)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="171"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="179"/>
        <source>The reference: the other models are compared with it</source>
        <translation>Die Referenz: Die anderen Modelle werden mit ihr verglichen</translation>
    </message>
</context>
<context>
    <name>LeadStage::EventTableModel</name>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="56"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="58"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="60"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="62"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>LeadStage::ExplorerColumnChooser</name>
    <message>
        <location filename="../ui/explorer/ExplorerColumnChooser.cpp" line="95"/>
        <source>Columns of the imported file</source>
        <translation>Spalten der importierten Datei</translation>
    </message>
</context>
<context>
    <name>LeadStage::ExplorerFilterBar</name>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="19"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="34"/>
        <source>Search name, e-mail or company</source>
        <translation>Name, E-Mail oder Firma suchen</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="44"/>
        <source>The field the text beside it is looked for in</source>
        <translation>Das Feld, in dem nach dem Text daneben gesucht wird</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="45"/>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="47"/>
        <source>contains…</source>
        <translation>enthält…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="54"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="56"/>
        <source>Grade</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="58"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>LeadStage::FilterPanel</name>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="27"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="29"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="31"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="33"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="50"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="52"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="55"/>
        <source>Grade</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="56"/>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="65"/>
        <source>Clear every filter: all dates, values and grades (%1)</source>
        <translation>Alle Filter zurücksetzen: alle Datumsangaben, Werte und Stufen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="70"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="71"/>
        <source>Save the filter under a name, or pick a saved one</source>
        <translation>Den Filter unter einem Namen speichern oder einen gespeicherten wählen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="77"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="78"/>
        <source>By quarter</source>
        <translation>Nach Quartal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="279"/>
        <source>No saved views yet</source>
        <translation>Noch keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="281"/>
        <source>Save Current Filter As…</source>
        <translation>Aktuellen Filter speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="283"/>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="306"/>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="309"/>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="284"/>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="296"/>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="297"/>
        <source>Name for the current filter (a view of that name is replaced):</source>
        <translation>Name für den aktuellen Filter (eine Ansicht mit diesem Namen wird ersetzt):</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="306"/>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="310"/>
        <source>“%1” was not renamed: the name is empty or another view has it.</source>
        <translation>„%1“ wurde nicht umbenannt: Der Name ist leer oder gehört bereits einer anderen Ansicht.</translation>
    </message>
</context>
<context>
    <name>LeadStage::FitPanel</name>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="29"/>
        <source>New fit rule</source>
        <translation>Neue Fit-Regel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="32"/>
        <source>Fit Rule</source>
        <translation>Fit-Regel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="41"/>
        <source> fit points</source>
        <translation> Fit-Punkte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="42"/>
        <source>Grade A from this many fit points (at most 100)</source>
        <translation>Stufe A ab so vielen Fit-Punkten (höchstens 100)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="43"/>
        <source>Grade B from this many fit points (below A)</source>
        <translation>Stufe B ab so vielen Fit-Punkten (unter A)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="44"/>
        <source>Grade C from this many fit points (below B); below C is D</source>
        <translation>Stufe C ab so vielen Fit-Punkten (unter B); unter C ist D</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="46"/>
        <source>Grade &amp;A from</source>
        <translation>Stufe &amp;A ab</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="47"/>
        <source>Grade &amp;B from</source>
        <translation>Stufe &amp;B ab</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="48"/>
        <source>Grade &amp;C from</source>
        <translation>Stufe &amp;C ab</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="49"/>
        <source>Fit points are summed over the rules and clamped to 0–100. Grades A and B are ICP fit: they use the lower ICP MQL threshold when it is set.</source>
        <translation>Fit-Punkte werden über die Regeln summiert und auf 0–100 begrenzt. Die Stufen A und B gelten als ICP-Fit: für sie gilt die niedrigere ICP-MQL-Schwelle, wenn sie gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="55"/>
        <source>Grade boundaries</source>
        <translation>Stufengrenzen</translation>
    </message>
</context>
<context>
    <name>LeadStage::FitRuleTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Fit rule</source>
        <translation>Fit-Regel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="31"/>
        <source>What the rule says about the lead&apos;s firmographics</source>
        <translation>Was die Regel über die Firmendaten des Leads aussagt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="32"/>
        <source>A condition on a lead field: industry, employees, country, job title, e-mail domain …</source>
        <translation>Eine Bedingung an ein Lead-Feld: Branche, Mitarbeiter, Land, Position, E-Mail-Domain …</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="33"/>
        <source>Fit points when the condition holds; the sum is clamped to 0–100 and graded A–D</source>
        <translation>Fit-Punkte, wenn die Bedingung zutrifft; die Summe wird auf 0–100 begrenzt und in A–D eingestuft</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln fit point(s) when %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Fit-Punkt, wenn %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Fit-Punkte, wenn %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="84"/>
        <source>this column cannot be edited</source>
        <translation>diese Spalte kann nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>LeadStage::FunnelChart</name>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="14"/>
        <source>Funnel: leads that reached each stage</source>
        <translation>Funnel: Leads, die jede Phase erreicht haben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="35"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="73"/>
        <source>Leads that reached %1</source>
        <translation>Leads, die %1 erreicht haben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="83"/>
        <source>%1: %2 ever reached, %3 there now</source>
        <translation>%1: %2 je erreicht, %3 jetzt dort</translation>
    </message>
</context>
<context>
    <name>LeadStage::GainsChart</name>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Leads taken, highest scores first</source>
        <translation>Ausgewählte Leads, höchste Scores zuerst</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Outcomes found (cumulative gain)</source>
        <translation>Gefundene Ergebnisse (kumulierter Gain)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Random order</source>
        <translation>Zufällige Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="24"/>
        <source>No lead taken</source>
        <translation>Kein Lead ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="31"/>
        <source>Deciles 1–%1 (scores ≥ %2): %3 of the leads, %4 of the outcomes, cumulative lift %5</source>
        <translation>Dezile 1–%1 (Scores ≥ %2): %3 der Leads, %4 der Ergebnisse, kumulierter Lift %5</translation>
    </message>
</context>
<context>
    <name>LeadStage::GenerationChart</name>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="14"/>
        <source>IQL generation</source>
        <translation>IQL-Generierung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="46"/>
        <source>None of the selected leads reached IQL in the periods shown.</source>
        <translation>Keiner der ausgewählten Leads hat in den angezeigten Zeiträumen IQL erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="65"/>
        <source>IQLs / month</source>
        <translation>IQLs / Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="65"/>
        <source>IQLs / quarter</source>
        <translation>IQLs / Quartal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="104"/>
        <source>%1: %2 IQLs</source>
        <translation>%1: %2 IQLs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="115"/>
        <source>IQLs of %1</source>
        <translation>IQLs aus %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportActivitiesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="23"/>
        <source>&amp;Create a new activity for each name without one (track info, category Imported: worth 0 points until a rule uses it)</source>
        <translation>Für jeden Namen ohne Aktivität eine neue &amp;anlegen (Spur info, Kategorie Imported: 0 Punkte, bis eine Regel sie nutzt)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="28"/>
        <source>Activity names</source>
        <translation>Aktivitätsnamen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="29"/>
        <source>Each activity name in the events files maps to a LeadStage activity, which the scoring rules count. Rows whose name has no activity are rejected, with the reason.</source>
        <translation>Jeder Aktivitätsname in den Ereignisdateien wird einer LeadStage-Aktivität zugeordnet, die die Scoring-Regeln zählen. Zeilen, deren Name keine Aktivität hat, werden mit Begründung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="32"/>
        <source>Reading the whole file… %p%</source>
        <translation>Die ganze Datei wird gelesen… %p%</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>LeadStage activity</source>
        <translation>LeadStage-Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="75"/>
        <source>Counting the activity names in the whole file…</source>
        <translation>Die Aktivitätsnamen in der ganzen Datei werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="113"/>
        <source>— a new activity, created by the import —</source>
        <translation>— eine neue Aktivität, vom Import angelegt —</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="114"/>
        <source>— no activity: rows rejected —</source>
        <translation>— keine Aktivität: Zeilen abgelehnt —</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="130"/>
        <source>The events files hold no activity names.</source>
        <translation>Die Ereignisdateien enthalten keine Aktivitätsnamen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="131"/>
        <source>Every activity name maps to a LeadStage activity.</source>
        <translation>Jeder Aktivitätsname ist einer LeadStage-Aktivität zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="138"/>
        <source>&apos;%1&apos; (%2) as %3</source>
        <translation>„%1“ (%2) als %3</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="144"/>
        <source>New activities will be created for %1, worth 0 points until a rule uses them.</source>
        <translation>Neue Aktivitäten werden angelegt für %1, 0 Punkte wert, bis eine Regel sie nutzt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="149"/>
        <source>No activity for %1: their %2 rows will be rejected unless you choose one below.</source>
        <translation>Keine Aktivität für %1: deren %2 Zeilen werden abgelehnt, sofern Sie unten keine wählen.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportDatesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="27"/>
        <source>Date formats</source>
        <translation>Datumsformate</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="28"/>
        <source>How each date column is written. Every date is read as UTC. A value that does not fit its column&apos;s format is rejected with the reason.</source>
        <translation>Wie jede Datumsspalte geschrieben ist. Jedes Datum wird als UTC gelesen. Ein Wert, der nicht zum Format seiner Spalte passt, wird mit Begründung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="31"/>
        <source>Reading the whole file… %p%</source>
        <translation>Die ganze Datei wird gelesen… %p%</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="70"/>
        <source>Looking at every date in the files…</source>
        <translation>Jedes Datum in den Dateien wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="90"/>
        <source>Choose: month or day first?</source>
        <translation>Wählen Sie: Monat oder Tag zuerst?</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="94"/>
        <source>%1 — not every value fits</source>
        <translation>%1 — nicht jeder Wert passt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="100"/>
        <source>Every value reads as M/D/YYYY and as D/M/YYYY: say which the file means</source>
        <translation>Jeder Wert lässt sich als M/D/YYYY und als D/M/YYYY lesen: geben Sie an, was die Datei meint</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="101"/>
        <source>The format every value of the column fits</source>
        <translation>Das Format, zu dem jeder Wert der Spalte passt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="130"/>
        <source>No column is mapped to a date field.</source>
        <translation>Keine Spalte ist einem Datumsfeld zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="133"/>
        <source>The dates of %1 read as month/day and as day/month alike: choose the format before you go on.</source>
        <translation>Die Daten von %1 lassen sich als Monat/Tag und als Tag/Monat lesen: wählen Sie das Format, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="137"/>
        <source>Every date column has its format.</source>
        <translation>Jede Datumsspalte hat ihr Format.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="140"/>
        <source>No format fits every value of %1: choose the one most values are written in; the rows that do not fit are rejected with their line.</source>
        <translation>Kein Format passt zu jedem Wert von %1: wählen Sie das, in dem die meisten Werte geschrieben sind; nicht passende Zeilen werden mit ihrer Zeilennummer abgelehnt.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportFilesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="24"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="26"/>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="27"/>
        <source>Leads, events (engagement activities) and outcomes (sales results) can come together: they land in one transaction, leads first.</source>
        <translation>Leads, Ereignisse (Engagement-Aktivitäten) und Ergebnisse (Vertriebsergebnisse) können zusammen kommen: sie landen in einer Transaktion, Leads zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>What it looks like</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="39"/>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="41"/>
        <source>Choose CSV exports of leads, events or outcomes (you can also drop them on the window)</source>
        <translation>CSV-Exporte von Leads, Ereignissen oder Ergebnissen wählen (Sie können sie auch auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="43"/>
        <source>Leave the selected file out of this import</source>
        <translation>Die ausgewählte Datei bei diesem Import auslassen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="69"/>
        <source>Import CSV Files</source>
        <translation>CSV-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="70"/>
        <source>CSV exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Exporte (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="99"/>
        <source>Recognised from the header; change it if the guess is wrong</source>
        <translation>Aus der Kopfzeile erkannt; ändern Sie es, wenn die Vermutung falsch ist</translation>
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
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="23"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="58"/>
        <source>Undone on %1 (UTC)</source>
        <translation>Rückgängig gemacht am %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="60"/>
        <source>Made by an older LeadStage, which did not record what it replaced: cannot be undone</source>
        <translation>Von einem älteren LeadStage angelegt, das nicht festhielt, was es ersetzte: nicht rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="84"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="84"/>
        <source>In place</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="84"/>
        <source>In place (older)</source>
        <translation>Gültig (älter)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="98"/>
        <source>No checksum: the import did not finish</source>
        <translation>Keine Prüfsumme: Der Import wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="99"/>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 der Datei: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="101"/>
        <source>Double-click to see the rejected rows</source>
        <translation>Doppelklicken, um die abgelehnten Zeilen zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="103"/>
        <source>Import %1: select it and choose Undo Import… to take it back</source>
        <translation>Import %1: auswählen und „Import rückgängig machen…“ wählen, um ihn zurückzunehmen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="122"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="124"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="126"/>
        <source>Started (UTC)</source>
        <translation>Begonnen (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="128"/>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="130"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="132"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="134"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="136"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="138"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportHistoryPanel</name>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="29"/>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="30"/>
        <source>Undo Import…</source>
        <translation>Import rückgängig machen…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="31"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="32"/>
        <source>Rejected Rows…</source>
        <translation>Abgelehnte Zeilen…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="36"/>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="50"/>
        <source>Remove what the chosen import added and give back what it replaced</source>
        <translation>Entfernt, was der gewählte Import hinzufügte, und stellt wieder her, was er ersetzte</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="54"/>
        <source>List the rows the chosen import rejected, with the reason for each</source>
        <translation>Die Zeilen auflisten, die der gewählte Import abgelehnt hat, jeweils mit dem Grund</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="94"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="151"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="247"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="250"/>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="94"/>
        <source>This import cannot be undone.</source>
        <translation>Dieser Import lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="106"/>
        <source>Undo import %1 (%2, “%3”)?</source>
        <translation>Import %1 (%2, „%3“) rückgängig machen?</translation>
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
        <translation>Entfernt wird, was der Import hinzufügte:
  • %1 von ihm angelegte Leads
  • %2 Ereignisse
  • %3 von ihm angelegte Ergebnisse
und wiederhergestellt, was er ersetzte:
  • %4 Felder von %5 aktualisierten Leads
  • die Ergebnisse von %6 Leads

Danach werden %7 Leads neu bewertet. Der Import bleibt im Verlauf, als rückgängig gemacht markiert; zweimal geht es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="120"/>
        <source>It also removes %1 stages the CRM recorded and %2 activity types the import created, and gives %3 recorded stages their previous date back.</source>
        <translation>Außerdem entfernt er %1 vom CRM erfasste Phasen und %2 vom Import angelegte Aktivitätstypen und gibt %3 erfassten Phasen ihr früheres Datum zurück.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="133"/>
        <source>Import %1 undone: %2 leads, %3 events and %4 outcomes removed; %5 fields of %6 leads and the outcomes of %7 leads restored.</source>
        <translation>Import %1 rückgängig gemacht: %2 Leads, %3 Ereignisse und %4 Ergebnisse entfernt; %5 Felder von %6 Leads und die Ergebnisse von %7 Leads wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="139"/>
        <source>%1 recorded stages and %2 activity types removed; %3 recorded stages restored.</source>
        <translation>%1 erfasste Phasen und %2 Aktivitätstypen entfernt; %3 erfasste Phasen wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="144"/>
        <source>Rescoring failed (%1); the scores stay marked out of date until a rescore finishes.</source>
        <translation>Neubewertung fehlgeschlagen (%1); die Bewertungen bleiben als veraltet markiert, bis eine Neubewertung fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="152"/>
        <source>The import was undone, but the workspace could not be read again.</source>
        <translation>Der Import wurde rückgängig gemacht, aber der Arbeitsbereich ließ sich nicht neu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="154"/>
        <source>The import was not undone; nothing was changed.</source>
        <translation>Der Import wurde nicht rückgängig gemacht; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="191"/>
        <source>The import history could not be read: %1</source>
        <translation>Der Importverlauf ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="218"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="226"/>
        <source>Choose an import in the list first</source>
        <translation>Zuerst einen Import in der Liste wählen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="219"/>
        <source>This import rejected no rows</source>
        <translation>Dieser Import hat keine Zeilen abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="266"/>
        <source>Undoing import %1</source>
        <translation>Import %1 wird rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="266"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="268"/>
        <source>Cancel stops it before anything changes; the rescore after it runs to the end.</source>
        <translation>Abbrechen hält an, bevor sich etwas ändert; die Neubewertung danach läuft zu Ende.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportMappingPage</name>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="37"/>
        <source>Save as &amp;Preset</source>
        <translation>Als &amp;Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="38"/>
        <source>Save to F&amp;ile…</source>
        <translation>In &amp;Datei speichern…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="44"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="45"/>
        <source>Which column feeds which field. Columns mapped to no field are kept with the lead as attributes (attrs), usable by field rules.</source>
        <translation>Welche Spalte welches Feld füllt. Spalten ohne Feld bleiben als Attribute (attrs) beim Lead und sind für Feldregeln nutzbar.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="49"/>
        <source>Map every column the way a built-in or saved preset does</source>
        <translation>Jede Spalte so zuordnen wie eine eingebaute oder gespeicherte Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Goes to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="58"/>
        <source>Name, e.g. Our HubSpot</source>
        <translation>Name, z. B. Unser HubSpot</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="60"/>
        <source>Keep this mapping (all files, with the activity names and date formats) under a name</source>
        <translation>Diese Zuordnung (alle Dateien, mit Aktivitätsnamen und Datumsformaten) unter einem Namen speichern</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="63"/>
        <source>Write this mapping to a file you can edit, keep or give to a colleague; Load Preset File reads it back</source>
        <translation>Diese Zuordnung in eine Datei schreiben, die Sie bearbeiten, aufbewahren oder an Kollegen weitergeben können; „Vorlagendatei laden“ liest sie wieder ein</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="68"/>
        <source>&amp;Load Preset File…</source>
        <translation>Vorlagendatei &amp;laden…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="69"/>
        <source>Use a mapping file saved elsewhere (for example by a colleague)</source>
        <translation>Eine anderswo gespeicherte Zuordnungsdatei verwenden (zum Beispiel von einer Kollegin oder einem Kollegen)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="77"/>
        <source>Pr&amp;eset:</source>
        <translation>Vorla&amp;ge:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="84"/>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="149"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="154"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="174"/>
        <source>(empty in the first rows)</source>
        <translation>(leer in den ersten Zeilen)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="179"/>
        <source>Kept as attribute (attrs)</source>
        <translation>Als Attribut behalten (attrs)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="180"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="184"/>
        <source>The LeadStage field this column feeds</source>
        <translation>Das LeadStage-Feld, das diese Spalte füllt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="200"/>
        <source>Every column of %1 feeds a field or is ignored.</source>
        <translation>Jede Spalte von %1 füllt ein Feld oder wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="201"/>
        <source>Kept as attributes (attrs) of %1: %2.</source>
        <translation>Als Attribute (attrs) von %1 behalten: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="207"/>
        <source>No column is mapped to %1 or %2 in %3: map the column that identifies the lead above, or, when the file has none, tick “name each row&apos;s lead by file and line” below.</source>
        <translation>Keine Spalte ist in %3 %1 oder %2 zugeordnet: oben die Spalte zuordnen, die den Lead kennzeichnet, oder, wenn die Datei keine hat, unten „den Lead jeder Zeile nach Datei und Zeile benennen“ ankreuzen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="243"/>
        <source>Load Mapping Preset</source>
        <translation>Zuordnungsvorlage laden</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="244"/>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="290"/>
        <source>LeadStage mappings (*.json);;All files (*)</source>
        <translation>LeadStage-Zuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="265"/>
        <source>Mapped every file with the preset &apos;%1&apos;.</source>
        <translation>Jede Datei mit der Vorlage &apos;%1&apos; zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="266"/>
        <source>The preset &apos;%1&apos; does not fit %2: their mapping is unchanged.</source>
        <translation>Die Vorlage &apos;%1&apos; passt nicht zu %2: deren Zuordnung bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="282"/>
        <source>Saved as the preset &apos;%1&apos; (%2).</source>
        <translation>Als Vorlage &apos;%1&apos; gespeichert (%2).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="289"/>
        <source>Save Mapping File</source>
        <translation>Zuordnungsdatei speichern</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="301"/>
        <source>Saved the mapping to %1: Load Preset File reads it back.</source>
        <translation>Zuordnung in %1 gespeichert: „Vorlagendatei laden“ liest sie wieder ein.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="38"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="39"/>
        <source>The first 100 rows as they will be read. If the columns look wrong, change the encoding, the separator or the row that names the columns.</source>
        <translation>Die ersten 100 Zeilen, so wie sie gelesen werden. Wenn die Spalten falsch aussehen, ändern Sie die Kodierung, das Trennzeichen oder die Zeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="47"/>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="52"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="51"/>
        <source>Files saved by Excel on Windows are usually Windows-1252</source>
        <translation>Von Excel unter Windows gespeicherte Dateien sind meist Windows-1252</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="56"/>
        <source>Reports often start with title lines: choose the row that names the columns</source>
        <translation>Berichte beginnen oft mit Titelzeilen: wählen Sie die Zeile mit den Spaltennamen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="58"/>
        <source>none: only empty cells are missing</source>
        <translation>keine: nur leere Zellen fehlen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="59"/>
        <source>Cells that mean &quot;not answered&quot;, separated by commas: they are read as missing, like empty cells (compared trimmed, in any case)</source>
        <translation>Zellen, die „nicht beantwortet“ bedeuten, durch Kommas getrennt: Sie werden wie leere Zellen als fehlend gelesen (verglichen ohne Leerraum am Rand, ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="74"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="75"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="76"/>
        <source>&amp;Header row:</source>
        <translation>Spalten&amp;namen in Zeile:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="83"/>
        <source>Read as &amp;missing:</source>
        <translation>Als &amp;fehlend lesen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="160"/>
        <source>%n of these rows will be rejected (marked red; the tooltip says why).</source>
        <translation>
            <numerusform>%n dieser Zeilen wird abgelehnt (rot markiert; der Tooltip nennt den Grund).</numerusform>
            <numerusform>%n dieser Zeilen werden abgelehnt (rot markiert; der Tooltip nennt den Grund).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="162"/>
        <source>%n cell(s) are read as missing (greyed).</source>
        <translation>
            <numerusform>%n Zelle wird als fehlend gelesen (grau).</numerusform>
            <numerusform>%n Zellen werden als fehlend gelesen (grau).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="143"/>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="189"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="146"/>
        <source>This file cannot be read as chosen: %1</source>
        <translation>Diese Datei kann so nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportResultPage</name>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="25"/>
        <source>&amp;Save Rejected Rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="28"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Leads created</source>
        <translation>Angelegte Leads</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="42"/>
        <source>Write the selected file&apos;s rejected rows (line, column, reason, row) as CSV to fix them in a spreadsheet and import them again</source>
        <translation>Die abgelehnten Zeilen der ausgewählten Datei (Zeile, Spalte, Grund, Inhalt) als CSV schreiben, um sie in einer Tabellenkalkulation zu korrigieren und erneut zu importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="58"/>
        <source>Saved %1 rejected rows to %2.</source>
        <translation>%1 abgelehnte Zeilen in %2 gespeichert.</translation>
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
        <translation>%1 Zeilen importiert und %2 abgelehnt in %3; %4 Leads waren betroffen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="90"/>
        <source>Their scores and stages are up to date.</source>
        <translation>Ihre Scores und Phasen sind aktuell.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="93"/>
        <source>Rescoring failed (%1): the scores stay out of date until every lead is rescored, which opening the workspace again does.</source>
        <translation>Die Neubewertung ist fehlgeschlagen (%1): Die Bewertungen bleiben veraltet, bis alle Leads neu bewertet sind; das geschieht beim erneuten Öffnen des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="98"/>
        <source>The rejected rows are kept with the import: select a file and save them as CSV to fix them in a spreadsheet.</source>
        <translation>Die abgelehnten Zeilen werden mit dem Import aufbewahrt: wählen Sie eine Datei und speichern Sie sie als CSV, um sie in einer Tabellenkalkulation zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="127"/>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="127"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="138"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportRunPage</name>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="18"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="19"/>
        <source>The files land in one transaction: Cancel stops the import and leaves the workspace exactly as it was. Afterwards the scores of the leads it touched are brought up to date.</source>
        <translation>Die Dateien landen in einer Transaktion: Abbrechen stoppt den Import und lässt den Arbeitsbereich genau so, wie er war. Danach werden die Scores der betroffenen Leads aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="40"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="43"/>
        <source>The import did not start: %1</source>
        <translation>Der Import wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="68"/>
        <source>%1 of about %2 rows</source>
        <translation>%1 von etwa %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="71"/>
        <source> — %1 rows/s, about %2 s left</source>
        <translation> — %1 Zeilen/s, noch etwa %2 s</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="80"/>
        <source>The import was cancelled: nothing was written. Press Import to start it again, or Cancel to close.</source>
        <translation>Der Import wurde abgebrochen: nichts wurde geschrieben. Drücken Sie Importieren, um ihn erneut zu starten, oder Abbrechen zum Schließen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="83"/>
        <source>The import failed and nothing was written: %1</source>
        <translation>Der Import ist fehlgeschlagen, nichts wurde geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportValidationPage</name>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="51"/>
        <source>&amp;Update it with the file&apos;s values</source>
        <translation>Mit den Werten der Datei &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="52"/>
        <source>&amp;Leave it as it is</source>
        <translation>&amp;Unverändert lassen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="53"/>
        <source>&amp;Create the leads that events or outcomes name but the workspace lacks</source>
        <translation>Leads an&amp;legen, die Ereignisse oder Ergebnisse nennen, die im Arbeitsbereich aber fehlen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="59"/>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="59"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Row in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="64"/>
        <source>Check before importing</source>
        <translation>Prüfung vor dem Import</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="65"/>
        <source>Every row was tried in a dry run: nothing is written until you press Import.</source>
        <translation>Jede Zeile wurde in einem Probelauf geprüft: nichts wird geschrieben, bis Sie Importieren drücken.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="67"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="78"/>
        <source>Trying every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="80"/>
        <source>When a lead is already in the workspace (same CRM id or e-mail)</source>
        <translation>Wenn ein Lead schon im Arbeitsbereich ist (gleiche CRM-ID oder E-Mail)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="165"/>
        <source>Trying every row of the files in a dry run…</source>
        <translation>Jede Zeile der Dateien wird in einem Probelauf geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="180"/>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="183"/>
        <source>The import cannot run: %1</source>
        <translation>Der Import kann nicht laufen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="220"/>
        <source>%n row(s) are ready to import.</source>
        <translation>
            <numerusform>%n Zeile ist bereit zum Import.</numerusform>
            <numerusform>%n Zeilen sind bereit zum Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="223"/>
        <source>%n row(s) will be rejected; the first are listed below with their reasons.</source>
        <translation>
            <numerusform>%n Zeile wird abgelehnt; sie steht unten mit ihrem Grund.</numerusform>
            <numerusform>%n Zeilen werden abgelehnt; die ersten sind unten mit ihren Gründen aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="226"/>
        <source>Nothing would be imported: go Back and check the mapping, the activities and the dates.</source>
        <translation>Es würde nichts importiert: gehen Sie zurück und prüfen Sie die Zuordnung, die Aktivitäten und die Datumsangaben.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="242"/>
        <source>Import the %1 good rows and leave the %2 rejected rows out (kept with the import, they can be saved as CSV)</source>
        <translation>Die %1 gültigen Zeilen importieren und die %2 abgelehnten auslassen (sie bleiben beim Import und können als CSV gespeichert werden)</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Import CSV Files</source>
        <translation>CSV-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="67"/>
        <source>Reading the files was stopped.</source>
        <translation>Das Lesen der Dateien wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="69"/>
        <source>The file cannot be read to the end: %1</source>
        <translation>Die Datei kann nicht bis zum Ende gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::KpiTile</name>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="57"/>
        <source>Reading the figures…</source>
        <translation>Die Zahlen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="91"/>
        <source>%1 only, the last whole quarter</source>
        <translation>Nur %1, das letzte vollständige Quartal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="92"/>
        <location filename="../ui/dashboard/KpiTile.cpp" line="99"/>
        <source>%1 only, the last whole month</source>
        <translation>Nur %1, der letzte vollständige Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="94"/>
        <source>IQLs of %1 only, the last cohort whose 180 days have passed</source>
        <translation>Nur IQLs aus %1, die letzte Kohorte, deren 180 Tage vergangen sind</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="96"/>
        <source>MQLs of %1 only, the last whole quarter</source>
        <translation>Nur MQLs aus %1, das letzte vollständige Quartal</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="97"/>
        <source>MQLs of %1 only, the last whole month</source>
        <translation>Nur MQLs aus %1, der letzte vollständige Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="109"/>
        <source>The IQL generation chart shows every period in the filter, one bar each.</source>
        <translation>Das Diagramm zur IQL-Generierung zeigt jeden Zeitraum im Filter, mit je einem Balken.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="111"/>
        <source>The cohort chart shows every cohort in the filter, month by month after IQL.</source>
        <translation>Das Kohortendiagramm zeigt jede Kohorte im Filter, Monat für Monat nach IQL.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="113"/>
        <source>The time-to-MQL chart&apos;s median and quartiles cover all periods in the filter together, so they differ from this one period&apos;s median.</source>
        <translation>Median und Quartile im Diagramm zur Zeit bis MQL umfassen alle Zeiträume im Filter zusammen und weichen daher vom Median dieses einen Zeitraums ab.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="116"/>
        <source>The engagement chart shows every month in the filter.</source>
        <translation>Das Engagement-Diagramm zeigt jeden Monat im Filter.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="138"/>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 für %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="144"/>
        <source>The reference band describes a whole company&apos;s IQLs a month; a filtered part of the leads is not compared with it.</source>
        <translation>Der Referenzbereich beschreibt die IQLs eines ganzen Unternehmens pro Monat; ein gefilterter Teil der Leads wird nicht damit verglichen.</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadDetailLoader</name>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="85"/>
        <source>lead %1 is no longer in the workspace</source>
        <translation>Lead %1 ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="89"/>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="89"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="90"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="90"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="91"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="91"/>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="92"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="92"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="93"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="93"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="94"/>
        <source>Row id</source>
        <translation>Zeilen-ID</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="128"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="129"/>
        <source>Grade</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="130"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="131"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="132"/>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="133"/>
        <source>Scored as of</source>
        <translation>Bewertet zum</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="154"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="185"/>
        <source>Outcomes without a date</source>
        <translation>Ergebnisse ohne Datum</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="196"/>
        <source>(no date)</source>
        <translation>(ohne Datum)</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="199"/>
        <source>Stages the CRM recorded</source>
        <translation>Vom CRM erfasste Phasen</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadDetailView</name>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="81"/>
        <source>Why this score</source>
        <translation>Warum dieser Score</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="82"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="103"/>
        <source>Select a lead to see why it has its score.</source>
        <translation>Wählen Sie einen Lead, um zu sehen, warum er seinen Score hat.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="121"/>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="127"/>
        <source>%1 &amp;nbsp; grade %2 &amp;nbsp; engagement %3 &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;model %4&lt;/span&gt;</source>
        <translation>%1 &amp;nbsp; Stufe %2 &amp;nbsp; Engagement %3 &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;Modell %4&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="133"/>
        <source>not scored yet &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;model %1&lt;/span&gt;</source>
        <translation>noch nicht bewertet &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;Modell %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="162"/>
        <source>Stage moments</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="166"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="168"/>
        <source>Other columns</source>
        <translation>Weitere Spalten</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadExplorer</name>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="41"/>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="169"/>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="69"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="70"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="71"/>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="72"/>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="73"/>
        <source>Copy the selected rows as tab-separated text (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="78"/>
        <source>Copy Selected Leads</source>
        <translation>Ausgewählte Leads kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/explorer/LeadExplorer.cpp" line="128"/>
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="131"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="133"/>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="134"/>
        <source>Select a lead to see why it has its score.</source>
        <translation>Wählen Sie einen Lead, um zu sehen, warum er seinen Score hat.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="229"/>
        <source>%1 rows written to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="236"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="253"/>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="270"/>
        <source>Export leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="270"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="278"/>
        <source>Select a lead first: the chart shows the selected lead.</source>
        <translation>Wählen Sie zuerst einen Lead: das Diagramm zeigt den ausgewählten Lead.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="281"/>
        <source>Export score timeline</source>
        <translation>Score-Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="282"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="284"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadFileChoices</name>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="19"/>
        <source>This &amp;import&apos;s time</source>
        <translation>Zeitpunkt dieses &amp;Imports</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="20"/>
        <source>Each lead&apos;s &amp;first event in this import (leads without one: this import&apos;s time)</source>
        <translation>Das &amp;erste Ereignis jedes Leads in diesem Import (Leads ohne: Zeitpunkt dieses Imports)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="24"/>
        <source>Import anyway: a repeated row &amp;updates the lead of the earlier row</source>
        <translation>Trotzdem importieren: eine wiederholte Zeile &amp;aktualisiert den Lead der früheren Zeile</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="26"/>
        <source>This file has no lead id or e-mail: name each row&apos;s lead by &amp;file and line</source>
        <translation>Diese Datei hat keine Lead-ID oder E-Mail: den Lead jeder Zeile nach &amp;Datei und Zeile benennen</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="30"/>
        <source>Each row&apos;s lead gets the CRM id FILENAME:LINE (e.g. bank.csv:2), so importing the same file again updates the same leads and leads of other files never collide. Map a column to CRM id or E-mail above instead when the file has one.</source>
        <translation>Der Lead jeder Zeile erhält die CRM-ID DATEINAME:ZEILE (z. B. bank.csv:2), sodass ein erneuter Import derselben Datei dieselben Leads aktualisiert und Leads anderer Dateien nie kollidieren. Hat die Datei eine solche Spalte, diese stattdessen oben CRM-ID oder E-Mail zuordnen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="35"/>
        <source>No column is mapped to %1: which date do new leads get? (Or map the file&apos;s date column to it above.)</source>
        <translation>Keine Spalte ist %1 zugeordnet: Welches Datum erhalten neue Leads? (Oder oben die Datumsspalte der Datei zuordnen.)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="89"/>
        <source>&apos;%1&apos; (1 more row)</source>
        <translation>„%1“ (1 weitere Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="90"/>
        <source>&apos;%1&apos; (%2 more rows)</source>
        <translation>„%1“ (%2 weitere Zeilen)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="92"/>
        <source>In the first rows, %1 repeat the CRM id or e-mail of an earlier row, so they would update that lead instead of adding their own: %2. Is the right column mapped as the lead&apos;s id?</source>
        <translation>In den ersten Zeilen wiederholen %1 die CRM-ID oder E-Mail einer früheren Zeile und würden deren Lead aktualisieren, statt einen eigenen anzulegen: %2. Ist die richtige Spalte als ID des Leads zugeordnet?</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadTableModel</name>
    <message>
        <location filename="../ui/explorer/LeadTableModel.cpp" line="205"/>
        <source>%1: a column of the imported file</source>
        <translation>%1: eine Spalte der importierten Datei</translation>
    </message>
</context>
<context>
    <name>LeadStage::LedgerTableModel</name>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="34"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="36"/>
        <source>rule (capped)</source>
        <translation>Regel (gedeckelt)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="38"/>
        <source>field rule</source>
        <translation>Feldregel</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="40"/>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="42"/>
        <source>decay</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="44"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="63"/>
        <source>Would have paid %1; cut to %2 by the rule&apos;s cap.</source>
        <translation>Hätte %1 vergeben; durch die Obergrenze der Regel auf %2 gekürzt.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="103"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="105"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="107"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="109"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="111"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="113"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="115"/>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="117"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="119"/>
        <source>Decay</source>
        <translation>Verfall</translation>
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
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht angelegt: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>The demo workspace was not created</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht angelegt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereich-Datei anlegen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Open a .leadstage workspace file</source>
        <translation>Eine .leadstage-Arbeitsbereich-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Import CSV exports of leads, events or outcomes (or drop them on the window)</source>
        <translation>CSV-Exporte von Leads, Ereignissen oder Ergebnissen importieren (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Export &amp;Quarterly Report…</source>
        <translation>&amp;Quartalsbericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Write the quarter&apos;s funnel report as PDF, Excel, HTML or CSV</source>
        <translation>Den Funnel-Bericht des Quartals als PDF, Excel, HTML oder CSV erstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Language, dates, theme and the analysis date a workspace opens at</source>
        <translation>Sprache, Datumsformat, Farbschema und das Analysedatum, mit dem ein Arbeitsbereich geöffnet wird</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Scoring &amp;Model</source>
        <translation>Scoring-&amp;Modell</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>LeadStage &amp;User Guide</source>
        <translation>LeadStage-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Open the user guide in your web browser</source>
        <translation>Das Benutzerhandbuch im Webbrowser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Every key LeadStage answers to</source>
        <translation>Alle Tasten, auf die LeadStage reagiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;About LeadStage</source>
        <translation>Ü&amp;ber LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Version, licence and the libraries LeadStage is built on</source>
        <translation>Version, Lizenz und die Bibliotheken, auf denen LeadStage aufbaut</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Main Toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>The user guide did not open</source>
        <translation>Das Benutzerhandbuch wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Creating the demo workspace</source>
        <translation>Demo-Arbeitsbereich wird angelegt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <location filename="../ui/MainWindow.cpp" line="428"/>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="417"/>
        <source>Workspace checked on opening</source>
        <translation>Arbeitsbereich beim Öffnen geprüft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>While opening “%1”:</source>
        <translation>Beim Öffnen von „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="428"/>
        <source>Bringing the scores up to date</source>
        <translation>Bewertungen werden aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>%1.
Every lead is rescored before the workspace opens; Cancel opens it with the scores left as they are.</source>
        <translation>%1.
Alle Leads werden neu bewertet, bevor der Arbeitsbereich öffnet; Abbrechen öffnet ihn mit den Bewertungen, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source> · events %1 – %2</source>
        <translation> · Ereignisse %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Open or create a workspace first, then import the files into it.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich und importieren Sie dann die Dateien hinein.</translation>
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
        <translation>LeadStage wurde beim letzten Mal nicht ordnungsgemäß beendet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>LeadStage did not close properly</source>
        <translation>LeadStage wurde nicht ordnungsgemäß beendet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>LeadStage ended without closing while “%1” was open, so it was not reopened on its own.</source>
        <translation>LeadStage endete ohne zu schließen, während „%1“ geöffnet war; der Arbeitsbereich wurde deshalb nicht von selbst wieder geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Opening it checks the file and undoes any change that was not finished. Open it now, or choose another workspace.</source>
        <translation>Beim Öffnen wird die Datei geprüft und jede nicht abgeschlossene Änderung rückgängig gemacht. Öffnen Sie ihn jetzt oder wählen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="533"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="534"/>
        <source>LeadStage workspaces (*.leadstage)</source>
        <translation>LeadStage-Arbeitsbereiche (*.leadstage)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="541"/>
        <source>The workspace was not created</source>
        <translation>Der Arbeitsbereich wurde nicht angelegt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Open it with File → Open, or choose another name.</source>
        <translation>Öffnen Sie ihn mit Datei → Öffnen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>LeadStage workspaces (*.leadstage);;All files (*)</source>
        <translation>LeadStage-Arbeitsbereiche (*.leadstage);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelDraft</name>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="84"/>
        <source>Load %1 v%2</source>
        <translation>%1 v%2 laden</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="134"/>
        <source>nothing to delete there</source>
        <translation>dort gibt es nichts zu löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="145"/>
        <source>nothing to change there</source>
        <translation>dort gibt es nichts zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="164"/>
        <source>Add rule “%1”</source>
        <translation>Regel „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="170"/>
        <source>no rule to duplicate</source>
        <translation>keine Regel zum Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="173"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="175"/>
        <source>Duplicate rule “%1”</source>
        <translation>Regel „%1“ duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="181"/>
        <source>no rule to delete</source>
        <translation>keine Regel zum Löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="182"/>
        <source>Delete rule “%1”</source>
        <translation>Regel „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="189"/>
        <source>no rule to move</source>
        <translation>keine Regel zum Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="194"/>
        <source>Move rule “%1”</source>
        <translation>Regel „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="211"/>
        <source>no rule to change</source>
        <translation>keine Regel zum Ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="216"/>
        <source>Rename rule “%1”</source>
        <translation>Regel „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="219"/>
        <source>Change the activity of “%1”</source>
        <translation>Aktivität von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="222"/>
        <source>Change the condition of “%1”</source>
        <translation>Bedingung von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="225"/>
        <source>Change the detail pattern of “%1”</source>
        <translation>Detailmuster von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="228"/>
        <source>Change the track of “%1”</source>
        <translation>Track von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="231"/>
        <source>Change the points of “%1”</source>
        <translation>Punkte von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="234"/>
        <source>Change how “%1” pays</source>
        <translation>Vergabe von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="237"/>
        <source>Change the count of “%1”</source>
        <translation>Anzahl von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="240"/>
        <source>Change the cap of “%1”</source>
        <translation>Obergrenze von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="243"/>
        <source>Move “%1” to another category</source>
        <translation>„%1“ in eine andere Kategorie verschieben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>a category needs a name</source>
        <translation>eine Kategorie braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>Type a name such as “Webinar”.</source>
        <translation>Geben Sie einen Namen wie „Webinar“ ein.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="256"/>
        <source>Rename category “%1” to “%2”</source>
        <translation>Kategorie „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="270"/>
        <source>Add trigger “%1”</source>
        <translation>Trigger „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="276"/>
        <source>no trigger to delete</source>
        <translation>kein Trigger zum Löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="278"/>
        <source>Delete trigger “%1”</source>
        <translation>Trigger „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="283"/>
        <source>Change trigger “%1”</source>
        <translation>Trigger „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="296"/>
        <source>Change the thresholds</source>
        <translation>Schwellen ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="301"/>
        <source>Change the decay</source>
        <translation>Verfall ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="306"/>
        <source>Change the grade boundaries</source>
        <translation>Stufengrenzen ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="311"/>
        <source>Change the stagnation days</source>
        <translation>Stagnationstage ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="316"/>
        <source>Add fit rule “%1”</source>
        <translation>Fit-Regel „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="322"/>
        <source>no fit rule to delete</source>
        <translation>keine Fit-Regel zum Löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="324"/>
        <source>Delete fit rule “%1”</source>
        <translation>Fit-Regel „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="329"/>
        <source>Change fit rule “%1”</source>
        <translation>Fit-Regel „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="334"/>
        <source>Add nurture track “%1”</source>
        <translation>Nurture-Strecke „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="340"/>
        <source>no nurture track to delete</source>
        <translation>keine Nurture-Strecke zum Löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="342"/>
        <source>Delete nurture track “%1”</source>
        <translation>Nurture-Strecke „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="349"/>
        <source>no nurture track to move there</source>
        <translation>keine Nurture-Strecke, die dorthin verschoben werden kann</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="358"/>
        <source>Move nurture track “%1”</source>
        <translation>Nurture-Strecke „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="364"/>
        <source>Change nurture track “%1”</source>
        <translation>Nurture-Strecke „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="369"/>
        <source>Add nurture step “%1”</source>
        <translation>Nurture-Schritt „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="375"/>
        <source>no nurture step to delete</source>
        <translation>kein Nurture-Schritt zum Löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="377"/>
        <source>Delete nurture step “%1”</source>
        <translation>Nurture-Schritt „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="383"/>
        <source>Change nurture step “%1”</source>
        <translation>Nurture-Schritt „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelEditorPage</name>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="69"/>
        <source>Version &amp;History…</source>
        <translation>&amp;Versionsverlauf…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="70"/>
        <source>&amp;Evaluate Against Outcomes</source>
        <translation>Gegen &amp;Ergebnisse prüfen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="85"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="86"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="87"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="88"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="90"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="186"/>
        <source>Save as New Version…</source>
        <translation>Als neue Version speichern…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="91"/>
        <source>Save the draft as the next version, rescore the workspace and make it active (Ctrl+S)</source>
        <translation>Den Entwurf als nächste Version speichern, den Arbeitsbereich neu bewerten und die Version aktivieren (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="93"/>
        <source>Save as Draft…</source>
        <translation>Als Entwurf speichern…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="94"/>
        <source>Store the draft as a new version without making it active and without rescoring; activate it later in the version history</source>
        <translation>Den Entwurf als neue Version speichern, ohne ihn zu aktivieren und ohne Neubewertung; aktivieren Sie ihn später im Versionsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="98"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="98"/>
        <source>Discard the draft and go back to the active model</source>
        <translation>Den Entwurf verwerfen und zum aktiven Modell zurückkehren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="100"/>
        <source>Versions…</source>
        <translation>Versionen…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="101"/>
        <source>The saved versions with date and comment: activate, revert, duplicate, load into the draft, compare, export and import JSON (Ctrl+H)</source>
        <translation>Die gespeicherten Versionen mit Datum und Kommentar: aktivieren, zurücksetzen, duplizieren, in den Entwurf laden, vergleichen, JSON exportieren und importieren (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="119"/>
        <source>New trigger</source>
        <translation>Neuer Trigger</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="124"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="140"/>
        <source>Suggested Points</source>
        <translation>Vorgeschlagene Punkte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="141"/>
        <source>Threshold from Capacity</source>
        <translation>Schwelle aus Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="151"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="152"/>
        <source>Thresholds</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="153"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="154"/>
        <source>Decay</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="155"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="156"/>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="157"/>
        <source>Evaluate</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="158"/>
        <source>Scoring rules by category: criterion, track, points, pays, cap</source>
        <translation>Scoring-Regeln nach Kategorie: Kriterium, Track, Punkte, Vergabe, Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="159"/>
        <source>IQL, MQL and PQL thresholds over the workspace&apos;s scores</source>
        <translation>IQL-, MQL- und PQL-Schwellen über den Scores des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="160"/>
        <source>Activities that make a lead an MQL at once</source>
        <translation>Aktivitäten, die einen Lead sofort zum MQL machen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="161"/>
        <source>How an idle lead&apos;s score falls</source>
        <translation>Wie der Score eines inaktiven Leads sinkt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="162"/>
        <source>Firmographic fit rules and grade boundaries</source>
        <translation>Firmografische Fit-Regeln und Stufengrenzen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="163"/>
        <source>Nurture tracks, steps and stagnation</source>
        <translation>Nurture-Strecken, Schritte und Stagnation</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="164"/>
        <source>Is the model any good? Back-test the draft and saved versions against the workspace&apos;s outcomes (Ctrl+E)</source>
        <translation>Taugt das Modell etwas? Den Entwurf und gespeicherte Versionen im Backtest an den Ergebnissen des Arbeitsbereichs prüfen (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="291"/>
        <source>the active model has %n problem(s); the first: %1</source>
        <translation>
            <numerusform>das aktive Modell hat %n Problem: %1</numerusform>
            <numerusform>das aktive Modell hat %n Probleme; das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="302"/>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="304"/>
        <source>Reading the scoring model…</source>
        <translation>Das Scoring-Modell wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="306"/>
        <source>%1 (built-in, not saved yet)</source>
        <translation>%1 (eingebaut, noch nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="308"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="311"/>
        <source>The active model: id %1, saved %2</source>
        <translation>Das aktive Modell: ID %1, gespeichert %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="319"/>
        <source>● Unsaved changes (draft)</source>
        <translation>● Ungespeicherte Änderungen (Entwurf)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="322"/>
        <source>Saved as draft %1 v%2, not active</source>
        <translation>Als Entwurf %1 v%2 gespeichert, nicht aktiv</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="357"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="396"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="535"/>
        <source>Save as New Version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="397"/>
        <source>The draft is saved as a new version, the workspace is rescored with it, and then it becomes the active model.</source>
        <translation>Der Entwurf wird als neue Version gespeichert, der Arbeitsbereich damit neu bewertet, und dann wird er das aktive Modell.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="407"/>
        <source>Save as Draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="407"/>
        <source>The draft is stored as a new version. It does not become active and nothing is rescored: activate it later in the version history when it should score the leads.</source>
        <translation>Der Entwurf wird als neue Version gespeichert. Er wird nicht aktiv, und nichts wird neu bewertet: Aktivieren Sie ihn später im Versionsverlauf, wenn er die Leads bewerten soll.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="422"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="452"/>
        <source>the draft cannot be saved: %1</source>
        <translation>der Entwurf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="429"/>
        <source>Nothing was saved: the draft is still here. %1</source>
        <translation>Nichts wurde gespeichert: Der Entwurf ist noch da. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="435"/>
        <source>Stored %1 v%2 as a draft version: it is not active and no lead was rescored. Activate it in the version history when it should score the leads.</source>
        <translation>%1 v%2 als Entwurfsversion gespeichert: Sie ist nicht aktiv, und kein Lead wurde neu bewertet. Aktivieren Sie sie im Versionsverlauf, wenn sie die Leads bewerten soll.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="456"/>
        <source>Saving and rescoring</source>
        <translation>Speichern und neu bewerten</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="464"/>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="497"/>
        <source>Nothing was saved: the draft is still here and the workspace keeps its scores. %1</source>
        <translation>Nichts wurde gespeichert: Der Entwurf bleibt erhalten, und der Arbeitsbereich behält seine Bewertungen. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="506"/>
        <source>Saved %1 v%2 and made it active: %3 rescored.</source>
        <translation>%1 v%2 gespeichert und aktiviert: %3 neu bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="611"/>
        <source>%1 v%2 is the active model now: %3 rescored.</source>
        <translation>%1 v%2 ist jetzt das aktive Modell: %3 neu bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="515"/>
        <source>Revert the Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="516"/>
        <source>Discard every change to the draft and go back to the active model?</source>
        <translation>Alle Änderungen am Entwurf verwerfen und zum aktiven Modell zurückkehren?</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="519"/>
        <source>The undo history is cleared too.</source>
        <translation>Der Rückgängig-Verlauf wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="530"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="566"/>
        <source>Unsaved Scoring Model</source>
        <translation>Ungespeichertes Scoring-Modell</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="531"/>
        <source>The scoring model has changes that are not saved.</source>
        <translation>Das Scoring-Modell hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="534"/>
        <source>Save them as a new active version (the workspace is rescored), or discard them?</source>
        <translation>Als neue aktive Version speichern (der Arbeitsbereich wird neu bewertet) oder verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="567"/>
        <source>The draft has changes that are not saved. %1</source>
        <translation>Der Entwurf hat ungespeicherte Änderungen. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="570"/>
        <source>Cancel keeps the draft: save it with Save as New Version first to keep its changes.</source>
        <translation>Abbrechen behält den Entwurf: speichern Sie ihn zuerst mit „Als neue Version speichern“, um seine Änderungen zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="571"/>
        <source>Replace the Draft</source>
        <translation>Entwurf ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="590"/>
        <source>The version made active becomes the draft.</source>
        <translation>Die aktivierte Version wird zum Entwurf.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="592"/>
        <source>Reverting and rescoring</source>
        <translation>Zurücksetzen und neu bewerten</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="592"/>
        <source>Activating and rescoring</source>
        <translation>Aktivieren und neu bewerten</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="604"/>
        <source>The active model and the workspace&apos;s scores are unchanged. %1</source>
        <translation>Das aktive Modell und die Scores des Arbeitsbereichs sind unverändert. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="626"/>
        <source>Loading %1 v%2 replaces the draft.</source>
        <translation>Das Laden von %1 v%2 ersetzt den Entwurf.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="629"/>
        <source>The draft is now a copy of %1 v%2 (Edit → Undo brings back the draft it replaced). Save as New Version makes it the active model.</source>
        <translation>Der Entwurf ist jetzt eine Kopie von %1 v%2 (Bearbeiten → Rückgängig holt den ersetzten Entwurf zurück). „Als neue Version speichern“ macht ihn zum aktiven Modell.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelSaveDialog</name>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="24"/>
        <source>The model&apos;s name: an existing name gets its next version, a new name starts at v1</source>
        <translation>Der Name des Modells: ein vorhandener Name erhält seine nächste Version, ein neuer Name beginnt bei v1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="26"/>
        <source>Why this version: what changed and what it should do to the funnel</source>
        <translation>Warum diese Version: was sich geändert hat und was sie am Funnel bewirken soll</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="27"/>
        <source>Shown in the version history beside the date</source>
        <translation>Wird im Versionsverlauf neben dem Datum angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="37"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="60"/>
        <source>A version needs a name: type the model&apos;s name to save its next version, or a new name to start a new model.</source>
        <translation>Eine Version braucht einen Namen: geben Sie den Namen des Modells ein, um seine nächste Version zu speichern, oder einen neuen Namen für ein neues Modell.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="67"/>
        <source>Saved as %1 v%2, the next version of %1.</source>
        <translation>Wird als %1 v%2 gespeichert, die nächste Version von %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="68"/>
        <source>Saved as %1 v1, a new model name.</source>
        <translation>Wird als %1 v1 gespeichert, ein neuer Modellname.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelVersionsPanel</name>
    <message>
        <location filename="../ui/workspace/ModelVersionsPanel.cpp" line="21"/>
        <source>Scoring model versions</source>
        <translation>Versionen des Scoring-Modells</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ModelVersionsPanel.cpp" line="69"/>
        <source>The model versions could not be read: %1</source>
        <translation>Die Modellversionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ModelVersionsPanel.cpp" line="72"/>
        <source>No scoring model has been saved in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich wurde noch kein Scoring-Modell gespeichert.</translation>
    </message>
</context>
<context>
    <name>LeadStage::MultiSelectButton</name>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="35"/>
        <source>Find a value</source>
        <translation>Wert suchen</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="43"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="45"/>
        <source>Untick every value: the %1 filter then lets every lead through</source>
        <translation>Alle Haken entfernen: Der Filter %1 lässt dann jeden Lead durch</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="124"/>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="128"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="129"/>
        <source>All %1 values</source>
        <translation>Alle Werte (%1)</translation>
    </message>
</context>
<context>
    <name>LeadStage::NurturePanel</name>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="28"/>
        <source>New track</source>
        <translation>Neue Strecke</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="32"/>
        <source>Track</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="43"/>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="46"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="51"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="52"/>
        <source>A lead with no event for this many days before the analysis date is stagnant (a lead with no events counts from its creation)</source>
        <translation>Ein Lead ohne Ereignis seit so vielen Tagen vor dem Analysedatum gilt als stagnierend (ein Lead ohne Ereignisse zählt ab seiner Anlage)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="55"/>
        <source>Stagnant &amp;after</source>
        <translation>Stagnierend &amp;nach</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="56"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="59"/>
        <source>Tracks (the first that holds wins)</source>
        <translation>Strecken (die erste zutreffende gewinnt)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="61"/>
        <source>Steps (weeks since IQL)</source>
        <translation>Schritte (Wochen seit IQL)</translation>
    </message>
</context>
<context>
    <name>LeadStage::NurtureStepTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="25"/>
        <source>From week</source>
        <translation>Ab Woche</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="25"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="30"/>
        <source>The week after IQL the step starts (week 1 is the first 7 days); it lasts until the next step</source>
        <translation>Die Woche nach IQL, in der der Schritt beginnt (Woche 1 sind die ersten 7 Tage); er dauert bis zum nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="31"/>
        <source>The step of the nurture sequence, e.g. “Solution education”</source>
        <translation>Der Schritt der Nurture-Sequenz, z. B. „Lösung vorstellen“</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="51"/>
        <source>Weeks %1–%2 after IQL</source>
        <translation>Wochen %1–%2 nach IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="52"/>
        <source>From week %1 after IQL on</source>
        <translation>Ab Woche %1 nach IQL</translation>
    </message>
</context>
<context>
    <name>LeadStage::NurtureTrackTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Track</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Grades</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="45"/>
        <source>The nurture track&apos;s name; tracks are tried top to bottom and the first that holds wins</source>
        <translation>Der Name der Nurture-Strecke; Strecken werden von oben nach unten geprüft, die erste zutreffende gewinnt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="46"/>
        <source>The lead&apos;s current stage must be one of these; none checked means any</source>
        <translation>Die aktuelle Phase des Leads muss eine davon sein; keine angehakt heißt beliebig</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="47"/>
        <source>The lead&apos;s fit grade must be one of these; none checked means any</source>
        <translation>Die Fit-Stufe des Leads muss eine davon sein; keine angehakt heißt beliebig</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="48"/>
        <source>The lead&apos;s health must be one of these; none checked means active or stagnant</source>
        <translation>Der Zustand des Leads muss einer davon sein; keiner angehakt heißt aktiv oder stagnierend</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="65"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2), priority %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ID %2), Priorität %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="73"/>
        <source>active, stagnant</source>
        <translation>aktiv, stagnierend</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="73"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="83"/>
        <source>a nurture track needs a name</source>
        <translation>eine Nurture-Strecke braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="83"/>
        <source>Type a name such as “Intensive”.</source>
        <translation>Geben Sie einen Namen wie „Intensiv“ ein.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="96"/>
        <source>this column cannot be edited</source>
        <translation>diese Spalte kann nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>LeadStage::PaysEditor</name>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="19"/>
        <source>each</source>
        <translation>jedes Mal</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="20"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="21"/>
        <source>at count</source>
        <translation>bei Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="22"/>
        <source>each: every match pays; once: the first match; at count: once, at the N-th match</source>
        <translation>jedes Mal: jeder Treffer zählt; einmal: der erste Treffer; bei Anzahl: einmal, beim N-ten Treffer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="24"/>
        <source>The match that pays (at least 2; at count 1 is “once”)</source>
        <translation>Der Treffer, der zählt (mindestens 2; bei Anzahl 1 ist es „einmal“)</translation>
    </message>
</context>
<context>
    <name>LeadStage::PreferencesDialog</name>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="33"/>
        <source>The latest data in the workspace, or the date chosen for it</source>
        <translation>Die neuesten Daten im Arbeitsbereich oder das dafür gewählte Datum</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="34"/>
        <source>A fixed date:</source>
        <translation>Ein festes Datum:</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="39"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="44"/>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="62"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="44"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="56"/>
        <source>ISO 8601 (%1)</source>
        <translation>ISO 8601 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="57"/>
        <source>The language&apos;s own (%1)</source>
        <translation>Wie in der Sprache üblich (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="63"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="64"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="77"/>
        <source>Analysis date a workspace opens at</source>
        <translation>Analysedatum beim Öffnen eines Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="85"/>
        <source>Stages, decay and the dashboard are worked out as of this date. A fixed date rescores a workspace that was scored at another date when it opens, and is kept in it.</source>
        <translation>Phasen, Verfall und das Dashboard werden zu diesem Datum berechnet. Ein festes Datum bewertet einen Arbeitsbereich, der zu einem anderen Datum bewertet wurde, beim Öffnen neu und wird in ihm gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="96"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="97"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="119"/>
        <source>The new language is used from the next start of LeadStage.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von LeadStage.</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="120"/>
        <source>A new language is used from the next start of LeadStage.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von LeadStage.</translation>
    </message>
</context>
<context>
    <name>LeadStage::QualityPanel</name>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="32"/>
        <source>Source quality</source>
        <translation>Quellenqualität</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="37"/>
        <source>* provisional: some IQLs&apos; 180 days have not passed yet</source>
        <translation>* vorläufig: bei einigen IQLs sind die 180 Tage noch nicht vergangen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="41"/>
        <source>per source</source>
        <translation>je Quelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="42"/>
        <source>per campaign</source>
        <translation>je Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="43"/>
        <source>per industry</source>
        <translation>je Branche</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="120"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="122"/>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="124"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="125"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="127"/>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
</context>
<context>
    <name>LeadStage::QualityTableModel</name>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="30"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="74"/>
        <source>%1 of %2 IQLs reached MQL within 180 days</source>
        <translation>%1 von %2 IQLs wurden innerhalb von 180 Tagen MQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="75"/>
        <source>* provisional: some 180 days not yet passed</source>
        <translation>* vorläufig: manche 180 Tage noch nicht vergangen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="77"/>
        <source>%1 of %2 IQLs became customers</source>
        <translation>%1 von %2 IQLs wurden Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="79"/>
        <source>median over the %1 IQLs that reached MQL</source>
        <translation>Median über die %1 IQLs, die MQL erreicht haben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="81"/>
        <source>%1: %2 IQLs — double-click to list them</source>
        <translation>%1: %2 IQLs — Doppelklick listet sie auf</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="97"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="99"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="101"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="103"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="107"/>
        <source>IQLs</source>
        <translation>IQLs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="109"/>
        <source>IQL → MQL</source>
        <translation>IQL → MQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="111"/>
        <source>IQL → customer</source>
        <translation>IQL → Kunde</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="113"/>
        <source>Median time to MQL</source>
        <translation>Mediane Zeit bis MQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="125"/>
        <source>IQLs over all periods in the filter. Not judged against the 300–500 a month band: that band is for all leads, not one row.</source>
        <translation>IQLs über alle Zeiträume im Filter. Nicht am Referenzbereich von 300–500 pro Monat gemessen: Dieser gilt für alle Leads, nicht für eine Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="128"/>
        <source>Share of the row&apos;s IQLs at MQL within 180 days; the company band is 15–25 %.</source>
        <translation>Anteil der IQLs der Zeile, die innerhalb von 180 Tagen MQL wurden; der Referenzbereich des Unternehmens ist 15–25 %.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="130"/>
        <source>Share of the row&apos;s IQLs that became customers.</source>
        <translation>Anteil der IQLs der Zeile, die Kunden wurden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="132"/>
        <source>Median days from IQL to MQL over the row&apos;s MQLs; the company band is 90–180 days.</source>
        <translation>Median der Tage von IQL bis MQL über die MQLs der Zeile; der Referenzbereich des Unternehmens ist 90–180 Tage.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="168"/>
        <source>IQLs from %1 at MQL within 180 days</source>
        <translation>IQLs aus %1, die innerhalb von 180 Tagen MQL wurden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="170"/>
        <source>IQLs from %1 that became customers</source>
        <translation>IQLs aus %1, die Kunden wurden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="172"/>
        <source>IQLs from %1 that reached MQL</source>
        <translation>IQLs aus %1, die MQL erreicht haben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="174"/>
        <source>IQLs from %1</source>
        <translation>IQLs aus %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::RecordedStagesModel</name>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="64"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="66"/>
        <source>CRM (recorded)</source>
        <translation>CRM (erfasst)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="68"/>
        <source>Model (computed)</source>
        <translation>Modell (berechnet)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="70"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="72"/>
        <source>Model only</source>
        <translation>Nur Modell</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="74"/>
        <source>CRM only</source>
        <translation>Nur CRM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="76"/>
        <source>CRM without date</source>
        <translation>CRM ohne Datum</translation>
    </message>
</context>
<context>
    <name>LeadStage::RecordedStagesPanel</name>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="24"/>
        <source>Stages: recorded by the CRM and computed</source>
        <translation>Phasen: vom CRM erfasst und berechnet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="30"/>
        <source>CRM and model side by side</source>
        <translation>CRM und Modell nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="31"/>
        <source>Computed stages (model)</source>
        <translation>Berechnete Phasen (Modell)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="32"/>
        <source>Recorded stages (CRM)</source>
        <translation>Erfasste Phasen (CRM)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="65"/>
        <source>No lead has a stage recorded by the CRM. Import its lifecycle dates or yes/no columns (HubSpot&apos;s &quot;Became a … Date&quot;, Salesforce&apos;s converted date) to compare.</source>
        <translation>Kein Lead hat eine vom CRM erfasste Phase. Zum Vergleich dessen Lifecycle-Daten oder Ja/Nein-Spalten importieren (HubSpots „Became a … Date“, Salesforces Konvertierungsdatum).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="68"/>
        <source>Of %1 leads, %2 have a stage recorded by the CRM; the model places %3 differently.</source>
        <translation>Von %1 Leads haben %2 eine vom CRM erfasste Phase; das Modell ordnet %3 anders ein.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="73"/>
        <source>%1 leads with undated outcomes: counted in the stage counts, left out of every figure that needs an outcome&apos;s date.</source>
        <translation>%1 Leads mit Ergebnissen ohne Datum: in den Phasenzahlen gezählt, in jeder Kennzahl ausgelassen, die das Datum eines Ergebnisses braucht.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="77"/>
        <source>%1 leads with undated outcomes and %2 with undated recorded stages left out: the analysis date is before the workspace&apos;s.</source>
        <translation>%1 Leads mit Ergebnissen ohne Datum und %2 mit erfassten Phasen ohne Datum ausgelassen: das Analysedatum liegt vor dem des Arbeitsbereichs.</translation>
    </message>
</context>
<context>
    <name>LeadStage::RejectedRowsDialog</name>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="27"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="31"/>
        <source>Rejected rows of import %1</source>
        <translation>Abgelehnte Zeilen von Import %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="44"/>
        <source>Save these rows as CSV to correct them and import them again</source>
        <translation>Diese Zeilen als CSV speichern, um sie zu korrigieren und erneut zu importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="49"/>
        <source>%1: %n row(s) rejected out of %2 read. Each is listed with its reason and the row as it was in the file.</source>
        <translation>
            <numerusform>%1: %n von %2 gelesenen Zeilen wurde abgelehnt. Sie ist mit ihrem Grund und so, wie sie in der Datei stand, aufgeführt.</numerusform>
            <numerusform>%1: %n von %2 gelesenen Zeilen wurden abgelehnt. Jede ist mit ihrem Grund und so, wie sie in der Datei stand, aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="55"/>
        <source>The rejected rows could not be read: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="80"/>
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="87"/>
        <source>Export rejected rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="87"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="91"/>
        <source>The rows could not be saved: %1</source>
        <translation>Die Zeilen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::RejectedRowsModel</name>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="34"/>
        <source>the whole row</source>
        <translation>die ganze Zeile</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="54"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="56"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="58"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="60"/>
        <source>Row as in the file</source>
        <translation>Zeile wie in der Datei</translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportExportDialog</name>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="83"/>
        <source>Use the dashboard&apos;s filters</source>
        <translation>Filter des Dashboards verwenden</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="90"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="91"/>
        <source>Open the report when done</source>
        <translation>Bericht nach dem Export öffnen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="94"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="97"/>
        <source>Export Quarterly Report</source>
        <translation>Quartalsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="103"/>
        <source>Reading the workspace…</source>
        <translation>Der Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="113"/>
        <source>The dashboard&apos;s date range is not used: the quarter sets the dates.</source>
        <translation>Der Zeitraum des Dashboards wird nicht verwendet: Das Quartal legt den Zeitraum fest.</translation>
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
        <translation>CSV (Ordner)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="121"/>
        <source>CSV (zip)</source>
        <translation>CSV (ZIP)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="129"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="130"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="154"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quartal:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="155"/>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="156"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="157"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="158"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="159"/>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="202"/>
        <source>Cannot read the workspace</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="216"/>
        <source>The report cannot be made from this workspace.</source>
        <translation>Aus diesem Arbeitsbereich lässt sich der Bericht nicht erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="257"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="350"/>
        <source>%1 (to date)</source>
        <translation>%1 (laufend)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="390"/>
        <source>Spreadsheets and CSV files have no pages.</source>
        <translation>Tabellenkalkulationen und CSV-Dateien haben keine Seiten.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="397"/>
        <source>%1 %2 funnel report</source>
        <translation>%1 Funnel-Bericht %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="436"/>
        <source>Folder for the CSV Files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="439"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="440"/>
        <source>Save the Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="470"/>
        <source>%1 is a file: choose a folder for the CSV files.</source>
        <translation>%1 ist eine Datei: Wählen Sie einen Ordner für die CSV-Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="474"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 ist ein Ordner: Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="479"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="483"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="501"/>
        <source>Exporting the quarterly report</source>
        <translation>Quartalsbericht wird exportiert</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="501"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="506"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="523"/>
        <source>The report was not written</source>
        <translation>Der Bericht wurde nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="540"/>
        <source>Report Exported</source>
        <translation>Bericht exportiert</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="541"/>
        <source>The quarterly report was written to
%1</source>
        <translation>Der Quartalsbericht wurde gespeichert unter
%1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="545"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="546"/>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportExportJob</name>
    <message>
        <location filename="../ui/report/ReportExportJob.cpp" line="36"/>
        <source>The export was cancelled: nothing was written.</source>
        <translation>Der Export wurde abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportJob.cpp" line="127"/>
        <source>Close the file if another program has it open, or choose another name.</source>
        <translation>Schließen Sie die Datei, falls ein anderes Programm sie geöffnet hat, oder wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportPreview</name>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="30"/>
        <location filename="../ui/report/ReportPreview.cpp" line="76"/>
        <source>Preparing preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="52"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="55"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="58"/>
        <location filename="../ui/report/ReportPreview.cpp" line="164"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="162"/>
        <source>Pages %1–%2 of %3</source>
        <translation>Seiten %1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>LeadStage::RocChart</name>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>False positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>True positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>Random</source>
        <translation>Zufall</translation>
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
        <translation>Kein Lead ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="33"/>
        <source>%1: true positive rate %2 (%3 of %4 outcomes), false positive rate %5 (%6 of %7 leads without)</source>
        <translation>%1: Richtig-positiv-Rate %2 (%3 von %4 Ergebnissen), Falsch-positiv-Rate %5 (%6 von %7 Leads ohne)</translation>
    </message>
</context>
<context>
    <name>LeadStage::RuleTreeModel</name>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="24"/>
        <source>once, at creation</source>
        <translation>einmal, bei Anlage</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="27"/>
        <source>each</source>
        <translation>jedes Mal</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="29"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="31"/>
        <source>at count %1</source>
        <translation>beim %1. Treffer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="222"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="222"/>
        <source>Pays</source>
        <translation>Vergabe</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="222"/>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="224"/>
        <source>What the rule scores, in the analyst&apos;s words; categories group the table</source>
        <translation>Was die Regel bewertet, in den Worten der Analystin oder des Analysten; Kategorien gliedern die Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="225"/>
        <source>The activity key the rule scores, or a condition on a lead field (field rules pay once, at creation)</source>
        <translation>Der Aktivitätsschlüssel, den die Regel bewertet, oder eine Bedingung an ein Lead-Feld (Feldregeln zählen einmal, bei Anlage)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="226"/>
        <source>A pattern on the event&apos;s detail (URL, asset, campaign) with * and ?; empty matches any</source>
        <translation>Ein Muster auf dem Detail des Ereignisses (URL, Asset, Kampagne) mit * und ?; leer passt auf alles</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="227"/>
        <source>The score the points go to: info and intent make engagement, product decides PQL</source>
        <translation>Der Score, dem die Punkte zugehen: Info und Intent bilden das Engagement, Produkt entscheidet über PQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="228"/>
        <source>Points paid each time the rule pays (negative points lower the score)</source>
        <translation>Punkte, die bei jeder Vergabe der Regel gezählt werden (negative Punkte senken den Score)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="229"/>
        <source>Each match, the first match, or once at the N-th match</source>
        <translation>Jeder Treffer, der erste Treffer oder einmal beim N-ten Treffer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="230"/>
        <source>The most the rule pays in total; empty for no cap</source>
        <translation>Das Maximum, das die Regel insgesamt vergibt; leer für keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="273"/>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="282"/>
        <source>%n rule(s) in “%1”; double-click to rename the category</source>
        <translation>
            <numerusform>%n Regel in „%1“; Doppelklick benennt die Kategorie um</numerusform>
            <numerusform>%n Regeln in „%1“; Doppelklick benennt die Kategorie um</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="303"/>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="358"/>
        <source>Field rule: %1&lt;br&gt;Pays %Ln %2 point(s) once, at the lead’s creation</source>
        <translation>
            <numerusform>Feldregel: %1&lt;br&gt;Vergibt %Ln Punkt auf %2 einmal, bei Anlage des Leads</numerusform>
            <numerusform>Feldregel: %1&lt;br&gt;Vergibt %Ln Punkte auf %2 einmal, bei Anlage des Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="364"/>
        <source>Activity &lt;tt&gt;%1&lt;/tt&gt;: %Ln event(s) in this workspace</source>
        <translation>
            <numerusform>Aktivität &lt;tt&gt;%1&lt;/tt&gt;: %Ln Ereignis in diesem Arbeitsbereich</numerusform>
            <numerusform>Aktivität &lt;tt&gt;%1&lt;/tt&gt;: %Ln Ereignisse in diesem Arbeitsbereich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="369"/>
        <source>Pays %Ln %1 point(s) %2</source>
        <translation>
            <numerusform>Vergibt %Ln Punkt auf %1 %2</numerusform>
            <numerusform>Vergibt %Ln Punkte auf %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="367"/>
        <source>, detail matching &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>, Detail passt auf &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="371"/>
        <source>, at most %1 in total</source>
        <translation>, höchstens %1 insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="397"/>
        <source>a rule needs a label</source>
        <translation>eine Regel braucht eine Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="398"/>
        <source>Type what the rule scores, e.g. “Attended live”.</source>
        <translation>Geben Sie ein, was die Regel bewertet, z. B. „Live teilgenommen“.</translation>
    </message>
</context>
<context>
    <name>LeadStage::RulesPanel</name>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="55"/>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="78"/>
        <source>Add Activity Rule</source>
        <translation>Aktivitätsregel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="55"/>
        <source>A rule that scores an activity (Ins)</source>
        <translation>Eine Regel, die eine Aktivität bewertet (Ins)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="57"/>
        <source>Add Field Rule</source>
        <translation>Feldregel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="57"/>
        <source>A rule on a lead field, paid once at creation</source>
        <translation>Eine Regel auf ein Lead-Feld, einmal bei Anlage vergeben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="59"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="59"/>
        <source>Copy the selected rule below it (Ctrl+D)</source>
        <translation>Die ausgewählte Regel darunter kopieren (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="61"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="61"/>
        <source>Delete the selected rule (Del)</source>
        <translation>Die ausgewählte Regel löschen (Del)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="63"/>
        <source>Move to Category…</source>
        <translation>In Kategorie verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="63"/>
        <source>Put the selected rule in another or a new category</source>
        <translation>Die ausgewählte Regel in eine andere oder neue Kategorie verschieben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="79"/>
        <source>Duplicate Rule</source>
        <translation>Regel duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="80"/>
        <source>Delete Rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="163"/>
        <source>New activity rule</source>
        <translation>Neue Aktivitätsregel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="177"/>
        <source>New field rule</source>
        <translation>Neue Feldregel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="215"/>
        <source>Move to Category</source>
        <translation>In Kategorie verschieben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="216"/>
        <source>Category of “%1” (pick one or type a new one):</source>
        <translation>Kategorie von „%1“ (wählen oder neue eingeben):</translation>
    </message>
</context>
<context>
    <name>LeadStage::ScoreTimelinePlot</name>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="32"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="70"/>
        <source>This lead has not been scored yet: there is no score over time to draw.</source>
        <translation>Dieser Lead wurde noch nicht bewertet: Es gibt keinen Score-Verlauf darzustellen.</translation>
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
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="89"/>
        <source>Product</source>
        <translation>Produkt</translation>
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
        <translation>PQL (Produkt)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="217"/>
        <source>%1
engagement %2 · info %3 · intent %4 · product %5 · decay %6</source>
        <translation>%1
Engagement %2 · Info %3 · Intent %4 · Produkt %5 · Verfall %6</translation>
    </message>
</context>
<context>
    <name>LeadStage::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="22"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="22"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="22"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="44"/>
        <source>Keys that work on a page (the scoring model&apos;s, the lead list&apos;s) act when that page has the focus.</source>
        <translation>Tasten, die auf einer Seite gelten (der des Scoring-Modells, der Lead-Liste), wirken, wenn diese Seite den Fokus hat.</translation>
    </message>
</context>
<context>
    <name>LeadStage::StageMatrixModel</name>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="46"/>
        <source>%1: %2 under both models</source>
        <translation>%1: %2 unter beiden Modellen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="47"/>
        <source>%1: %2 under the reference and %3 under the compared model. Double-click to open them in the lead explorer</source>
        <translation>%1: %2 unter der Referenz und %3 unter dem verglichenen Modell. Doppelklicken Sie, um sie im Lead-Explorer zu öffnen</translation>
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
        <translation>Verfall pro Schritt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="27"/>
        <source>new field rule</source>
        <translation>neue Feldregel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="31"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="90"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="92"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="96"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="108"/>
        <source>%1 (%2)
Now %3 points, suggested %4 (95 % interval %5 to %6 points)
Log-odds per unit %7, standard error %8
Leads touched: %9 fitted, %10 validated
Validation AUC if only this is accepted: %11</source>
        <translation>%1 (%2)
Jetzt %3 Punkte, vorgeschlagen %4 (95-%-Intervall %5 bis %6 Punkte)
Log-Odds pro Einheit %7, Standardfehler %8
Betroffene Leads: %9 bei der Schätzung, %10 bei der Validierung
Validierungs-AUC, wenn nur dieser Vorschlag übernommen wird: %11</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="126"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="175"/>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="177"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="179"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="181"/>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="183"/>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="185"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="187"/>
        <source>AUC alone</source>
        <translation>AUC allein</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="195"/>
        <source>Leads of the fitted window the rule touches (its support)</source>
        <translation>Leads des Schätzfensters, die die Regel betrifft (ihr Support)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="197"/>
        <source>The validation AUC if only this suggestion is accepted</source>
        <translation>Die Validierungs-AUC, wenn nur dieser Vorschlag übernommen wird</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="199"/>
        <source>The suggestion&apos;s 95 % interval, in points</source>
        <translation>Das 95-%-Intervall des Vorschlags, in Punkten</translation>
    </message>
</context>
<context>
    <name>LeadStage::SuggestionsPanel</name>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="45"/>
        <source>%1, %2 positive</source>
        <translation>%1, %2 positiv</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="53"/>
        <source>Suggest new field rules from the leads&apos; columns</source>
        <translation>Neue Feldregeln aus den Spalten der Leads vorschlagen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="58"/>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="280"/>
        <source>Check All</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="59"/>
        <source>Accept Checked</source>
        <translation>Angehakte übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="60"/>
        <source>Accept All</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="71"/>
        <source>Also try the frequent values of text columns and the quartiles of number columns as new field rules (slower)</source>
        <translation>Auch die häufigen Werte von Textspalten und die Quartile von Zahlenspalten als neue Feldregeln probieren (langsamer)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="73"/>
        <source>Put the checked suggestions into the draft as one undoable edit</source>
        <translation>Die angehakten Vorschläge als eine rückgängig machbare Änderung in den Entwurf übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="74"/>
        <source>Put every suggestion that changes something into the draft as one undoable edit</source>
        <translation>Jeden Vorschlag, der etwas ändert, als eine rückgängig machbare Änderung in den Entwurf übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="155"/>
        <source>Fitting the suggested points…</source>
        <translation>Vorgeschlagene Punkte werden geschätzt…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="203"/>
        <source>No suggestions: %1. %2</source>
        <translation>Keine Vorschläge: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="213"/>
        <source>Import more outcomes.</source>
        <translation>Importieren Sie mehr Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="213"/>
        <source>Predict an earlier outcome (SQL), or import more outcomes.</source>
        <translation>Sagen Sie ein früheres Ergebnis (SQL) vorher oder importieren Sie mehr Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="216"/>
        <source>Score at IQL entry or choose a longer horizon.</source>
        <translation>Bewerten Sie bei IQL-Eintritt oder wählen Sie einen längeren Horizont.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="217"/>
        <source>Score at IQL entry, choose a longer horizon or an earlier outcome (SQL).</source>
        <translation>Bewerten Sie bei IQL-Eintritt oder wählen Sie einen längeren Horizont oder ein früheres Ergebnis (SQL).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="221"/>
        <source>Choose a later date or a longer horizon.</source>
        <translation>Wählen Sie ein späteres Datum oder einen längeren Horizont.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="222"/>
        <source>Choose a later date, a longer horizon or an earlier outcome (SQL).</source>
        <translation>Wählen Sie ein späteres Datum, einen längeren Horizont oder ein früheres Ergebnis (SQL).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="228"/>
        <source>Open a workspace with outcomes to see suggested points.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Ergebnissen, um vorgeschlagene Punkte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="234"/>
        <source>Fitted as of %1 (%2), validated as of %3 (%4).</source>
        <translation>Geschätzt zum Stand %1 (%2), validiert zum Stand %3 (%4).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="240"/>
        <source>Fitted on the earlier-created two thirds of the leads (%1), validated on those created from %2 (%3). Snapshot: optimistic, leakage cannot be ruled out.</source>
        <translation>Geschätzt mit den zuerst angelegten zwei Dritteln der Leads (%1), validiert mit den ab %2 angelegten (%3). Snapshot: optimistisch, Leakage nicht auszuschließen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="248"/>
        <source>Fitted on the earlier two thirds of the moments (%1), validated on those from %2 (%3).</source>
        <translation>Geschätzt mit den früheren zwei Dritteln der Zeitpunkte (%1), validiert mit denen ab %2 (%3).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="254"/>
        <source>Validation AUC: now %1; every suggestion accepted %2; the regression&apos;s own log-odds %3. %4</source>
        <translation>Validierungs-AUC: jetzt %1; alle Vorschläge übernommen %2; eigene Log-Odds der Regression %3. %4</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="280"/>
        <source>Uncheck All</source>
        <translation>Keine anhaken</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="299"/>
        <source>Accept all %1 suggested points</source>
        <translation>Alle %1 Punktvorschläge übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="300"/>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="313"/>
        <source>The suggestions were not accepted: %1</source>
        <translation>Die Vorschläge wurden nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="310"/>
        <source>Accept the suggested points of “%1”</source>
        <translation>Vorgeschlagene Punkte für „%1“ übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="311"/>
        <source>Accept %1 suggested points</source>
        <translation>%1 Punktvorschläge übernehmen</translation>
    </message>
</context>
<context>
    <name>LeadStage::TaskProgressDialog</name>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="30"/>
        <source>%1 read so far</source>
        <translation>bisher %1 gelesen</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="39"/>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="42"/>
        <source> — %1 %2/s, about %3 s left</source>
        <translation> — %1 %2/s, noch etwa %3 s</translation>
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
        <translation>Score (Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="74"/>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="76"/>
        <source>engagement score</source>
        <translation>Engagement-Score</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="79"/>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="263"/>
        <source>product score</source>
        <translation>Produkt-Score</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="169"/>
        <source>MQLs a month at this MQL threshold</source>
        <translation>MQLs pro Monat bei dieser MQL-Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="172"/>
        <source>MQLs a month</source>
        <translation>MQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="220"/>
        <source>▲ The bar at %2–%3 points goes off the top: %1</source>
        <translation>▲ Der Balken bei %2–%3 Punkten ragt über den oberen Rand: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="260"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2 %3&lt;/b&gt; (%4): %5 below · &lt;b&gt;%6&lt;/b&gt; at or above</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2 %3&lt;/b&gt; (%4): %5 darunter · &lt;b&gt;%6&lt;/b&gt; gleich oder darüber</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="263"/>
        <source>engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="349"/>
        <source>Drag a threshold&apos;s line to move it</source>
        <translation>Ziehen Sie die Linie einer Schwelle, um sie zu verschieben</translation>
    </message>
</context>
<context>
    <name>LeadStage::ThresholdsPanel</name>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="24"/>
        <source>MQL needs intent</source>
        <translation>MQL braucht Intent</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="25"/>
        <source>ICP fit (A, B): MQL at</source>
        <translation>ICP-Fit (A, B): MQL bei</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="34"/>
        <source>A lead becomes an IQL the first time its engagement (info + intent − decay) reaches this</source>
        <translation>Ein Lead wird IQL, sobald sein Engagement (Info + Intent − Verfall) erstmals diesen Wert erreicht</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="36"/>
        <source>A lead becomes an MQL when its engagement reaches this (with intent, when required) or a trigger fires</source>
        <translation>Ein Lead wird MQL, wenn sein Engagement diesen Wert erreicht (mit Intent, falls verlangt) oder ein Trigger auslöst</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="37"/>
        <source>The MQL threshold for leads of fit grade A or B; above IQL and below MQL</source>
        <translation>Die MQL-Schwelle für Leads der Fit-Stufe A oder B; über IQL und unter MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="38"/>
        <source>A lead becomes a PQL when its product score reaches this</source>
        <translation>Ein Lead wird PQL, wenn sein Produkt-Score diesen Wert erreicht</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="39"/>
        <source>A lower MQL threshold for leads of fit grade A or B</source>
        <translation>Eine niedrigere MQL-Schwelle für Leads der Fit-Stufe A oder B</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="40"/>
        <source>Reaching the MQL score counts only after an intent rule paid or a trigger fired</source>
        <translation>Das Erreichen des MQL-Scores zählt erst, nachdem eine Intent-Regel vergeben hat oder ein Trigger ausgelöst hat</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="43"/>
        <source>&amp;IQL at engagement ≥</source>
        <translation>&amp;IQL bei Engagement ≥</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="44"/>
        <source>&amp;MQL at engagement ≥</source>
        <translation>&amp;MQL bei Engagement ≥</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="50"/>
        <source>&amp;PQL at product score ≥</source>
        <translation>&amp;PQL bei Produkt-Score ≥</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="51"/>
        <source>Thresholds</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="53"/>
        <source>Drag a line on the histogram to move its threshold; the counts follow as you drag. The bars are the workspace&apos;s current scores under the active model.</source>
        <translation>Ziehen Sie eine Linie im Histogramm, um ihre Schwelle zu verschieben; die Zahlen folgen beim Ziehen. Die Balken sind die aktuellen Scores des Arbeitsbereichs unter dem aktiven Modell.</translation>
    </message>
</context>
<context>
    <name>LeadStage::TimeToMqlChart</name>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="28"/>
        <source>Time from IQL to MQL, all periods in the filter</source>
        <translation>Zeit von IQL bis MQL, alle Zeiträume im Filter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="35"/>
        <source>Days from IQL to MQL (band 90–180)</source>
        <translation>Tage von IQL bis MQL (Bereich 90–180)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="36"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="72"/>
        <source>No selected lead went from IQL to MQL in the periods shown: no time to measure.</source>
        <translation>Kein ausgewählter Lead kam in den angezeigten Zeiträumen von IQL zu MQL: keine Zeit zu messen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="88"/>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="89"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="90"/>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="122"/>
        <source>MQLs %1 days after IQL</source>
        <translation>MQLs %1 Tage nach IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="133"/>
        <source>%1 days: %2 leads
mean %3, Q1 %4, median %5, Q3 %6 (%7 leads)</source>
        <translation>%1 Tage: %2 Leads
Mittelwert %3, Q1 %4, Median %5, Q3 %6 (%7 Leads)</translation>
    </message>
</context>
<context>
    <name>LeadStage::TriggerTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Within days</source>
        <translation>Innerhalb (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="29"/>
        <source>What the trigger stands for</source>
        <translation>Wofür der Trigger steht</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="29"/>
        <source>The activity that makes a lead an MQL at once, whatever its score</source>
        <translation>Die Aktivität, die einen Lead sofort zum MQL macht, unabhängig von seinem Score</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="30"/>
        <source>A pattern on the event&apos;s detail with * and ?; empty matches any</source>
        <translation>Ein Muster auf dem Detail des Ereignisses mit * und ?; leer passt auf alles</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="31"/>
        <source>The trigger fires on the N-th match</source>
        <translation>Der Trigger löst beim N-ten Treffer aus</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="32"/>
        <source>…within this many days of the first of those N matches (a sliding window); empty for ever</source>
        <translation>…innerhalb so vieler Tage ab dem ersten dieser N Treffer (gleitendes Fenster); leer für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="50"/>
        <source>no window</source>
        <translation>kein Fenster</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2): MQL at once on the %3 match of &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ID %2): sofort MQL beim %3 Treffer von &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="56"/>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="56"/>
        <source>%1th</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="58"/>
        <source> within %1 days of the first of them</source>
        <translation> innerhalb von %1 Tagen ab dem ersten davon</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="87"/>
        <source>a trigger needs a label</source>
        <translation>ein Trigger braucht eine Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="87"/>
        <source>Type what the trigger stands for.</source>
        <translation>Geben Sie ein, wofür der Trigger steht.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="103"/>
        <source>this column cannot be edited</source>
        <translation>diese Spalte kann nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>LeadStage::UserGuide</name>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="35"/>
        <source>LeadStage User Guide</source>
        <translation>LeadStage-Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="41"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="41"/>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="45"/>
        <source>Free some space in the temporary folder and try again.</source>
        <translation>Schaffen Sie Platz im temporären Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="57"/>
        <source>no web browser opened the guide</source>
        <translation>kein Webbrowser hat das Handbuch geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="57"/>
        <source>Open this file in a web browser.</source>
        <translation>Öffnen Sie diese Datei in einem Webbrowser.</translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionDiffDialog</name>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="47"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="49"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="51"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="53"/>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="76"/>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="83"/>
        <source>&lt;span style=&apos;color:#166534&apos;&gt;+ added&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#991b1b&apos;&gt;- removed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#92400e&apos;&gt;~ changed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1e40af&apos;&gt;^ moved&lt;/span&gt; &amp;nbsp; — hover a line for its fields one by one</source>
        <translation>&lt;span style=&apos;color:#166534&apos;&gt;+ hinzugefügt&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#991b1b&apos;&gt;- entfernt&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#92400e&apos;&gt;~ geändert&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1e40af&apos;&gt;^ verschoben&lt;/span&gt; &amp;nbsp; — Maus über eine Zeile zeigt ihre Felder einzeln</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="99"/>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="101"/>
        <source>Copy the whole comparison as plain text, from the older version to the newer</source>
        <translation>Den ganzen Vergleich als reinen Text kopieren, von der älteren zur neueren Version</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="118"/>
        <source>Compare %1 → %2</source>
        <translation>%1 → %2 vergleichen</translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionHistoryDialog</name>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="45"/>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="59"/>
        <source>Scoring Model Versions</source>
        <translation>Versionen des Scoring-Modells</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="61"/>
        <source>Every saved version of the workspace&apos;s scoring models, newest first; the one in bold scores the workspace. Drop a model .json file here to import it.</source>
        <translation>Jede gespeicherte Version der Scoring-Modelle des Arbeitsbereichs, neueste zuerst; die fett gedruckte bewertet den Arbeitsbereich. Ziehen Sie eine Modell-.json-Datei hierher, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="78"/>
        <source>Select one version to act on it, two to compare them (Ctrl+click)</source>
        <translation>Wählen Sie eine Version, um mit ihr zu arbeiten, oder zwei, um sie zu vergleichen (Ctrl+Klick)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="112"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="112"/>
        <source>Rescore the workspace with this version, then make it the active model</source>
        <translation>Den Arbeitsbereich mit dieser Version neu bewerten und sie dann zum aktiven Modell machen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="114"/>
        <source>&amp;Revert to This Version…</source>
        <translation>Auf diese Version &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="115"/>
        <source>Save a copy of this version as the next version of its name (with the reason), rescore with it and make it active; nothing is deleted</source>
        <translation>Eine Kopie dieser Version als nächste Version ihres Namens speichern (mit Begründung), damit neu bewerten und sie aktivieren; nichts wird gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="118"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="119"/>
        <source>Save a copy of this version under a name you choose; it is not activated</source>
        <translation>Eine Kopie dieser Version unter einem frei gewählten Namen speichern; sie wird nicht aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="121"/>
        <source>&amp;Load into Draft</source>
        <translation>In den &amp;Entwurf laden</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="122"/>
        <source>Make the editor&apos;s draft a copy of this version, as one undo step; nothing is saved</source>
        <translation>Den Entwurf des Editors zu einer Kopie dieser Version machen, als ein Rückgängig-Schritt; nichts wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="124"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="125"/>
        <source>What differs: the two selected versions, or the selected one against the active model (double-click does the same)</source>
        <translation>Was sich unterscheidet: die zwei ausgewählten Versionen oder die ausgewählte gegenüber dem aktiven Modell (Doppelklick macht dasselbe)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="129"/>
        <source>&amp;Export JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="129"/>
        <source>Write this version as a model file</source>
        <translation>Diese Version als Modelldatei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="131"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="132"/>
        <source>Save a model file as a new version (not active); you can also drop the file here</source>
        <translation>Eine Modelldatei als neue Version speichern (nicht aktiv); Sie können die Datei auch hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="142"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="225"/>
        <source>Revert to %1 v%2</source>
        <translation>Auf %1 v%2 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="226"/>
        <source>A copy of v%1 is saved as the next version of %2, the workspace is rescored with it, and it becomes the active model. Nothing is deleted. Why go back?</source>
        <translation>Eine Kopie von v%1 wird als nächste Version von %2 gespeichert, der Arbeitsbereich damit neu bewertet, und sie wird das aktive Modell. Nichts wird gelöscht. Warum zurück?</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="235"/>
        <source>Back to v%1 (id %2)</source>
        <translation>Zurück zu v%1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="247"/>
        <source>Duplicate %1 v%2</source>
        <translation>%1 v%2 duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="248"/>
        <source>A copy is saved under the name below; it is not activated.</source>
        <translation>Eine Kopie wird unter dem Namen unten gespeichert; sie wird nicht aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="250"/>
        <source>Copy of %1 v%2</source>
        <translation>Kopie von %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="261"/>
        <source>Saved %1 v%2, a copy of %3 v%4 (not active).</source>
        <translation>%1 v%2 gespeichert, eine Kopie von %3 v%4 (nicht aktiv).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="271"/>
        <source>The draft is a copy of the version now; edit it in the Scoring Model page and save it as a new version.</source>
        <translation>Der Entwurf ist jetzt eine Kopie der Version; bearbeiten Sie ihn auf der Seite Scoring-Modell und speichern Sie ihn als neue Version.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="284"/>
        <source>no version is active</source>
        <translation>keine Version ist aktiv</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="285"/>
        <source>Select two versions to compare them.</source>
        <translation>Wählen Sie zwei Versionen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="313"/>
        <source>Export %1 v%2</source>
        <translation>%1 v%2 exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="314"/>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="336"/>
        <source>Scoring models (*.json)</source>
        <translation>Scoring-Modelle (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="327"/>
        <source>Exported %1 v%2 to %3.</source>
        <translation>%1 v%2 nach %3 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="335"/>
        <source>Import a Scoring Model</source>
        <translation>Scoring-Modell importieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="349"/>
        <source>Nothing was stored: fix the model file and import it again.</source>
        <translation>Nichts wurde gespeichert: korrigieren Sie die Modelldatei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="353"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="354"/>
        <source>The model is saved as a new version; it is not activated until you choose Activate.</source>
        <translation>Das Modell wird als neue Version gespeichert; es wird erst aktiviert, wenn Sie Aktivieren wählen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="356"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="369"/>
        <source>Imported %1 as %2 v%3 (not active).</source>
        <translation>%1 als %2 v%3 importiert (nicht aktiv).</translation>
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
        <translation>● aktiv</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="64"/>
        <source>Saved %1 UTC</source>
        <translation>Gespeichert %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="67"/>
        <source>%1 v%2 (id %3)</source>
        <translation>%1 v%2 (ID %3)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="90"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="94"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="96"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="98"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
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
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Leads zu sehen, oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="24"/>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="25"/>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="34"/>
        <source>Double-click or press Enter to open</source>
        <translation>Zum Öffnen doppelklicken oder Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="45"/>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>LeadStage::WhatIfPanel</name>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="67"/>
        <source>Read Again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="68"/>
        <source>Changed Leads…</source>
        <translation>Geänderte Leads…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="70"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="71"/>
        <source>IQL metric</source>
        <translation>IQL-Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="87"/>
        <source>What-if: draft beside active</source>
        <translation>Was-wäre-wenn: Entwurf neben aktivem Modell</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="88"/>
        <source>What the draft would do to the dashboard&apos;s numbers, before it is saved. Recomputed after every edit; nothing is written.</source>
        <translation>Was der Entwurf an den Zahlen des Dashboards ändern würde, bevor er gespeichert wird. Nach jeder Änderung neu berechnet; nichts wird geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="94"/>
        <source>Computing the draft&apos;s numbers…</source>
        <translation>Die Zahlen des Entwurfs werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="104"/>
        <source>Read the workspace again for the what-if</source>
        <translation>Den Arbeitsbereich für die Was-wäre-wenn-Analyse neu lesen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="112"/>
        <source>Click a line to open its leads in the lead explorer</source>
        <translation>Klicken Sie auf eine Zeile, um ihre Leads im Lead-Explorer zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="114"/>
        <source>Open every lead whose stage the draft changes in the lead explorer</source>
        <translation>Jeden Lead, dessen Phase der Entwurf ändert, im Lead-Explorer öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="121"/>
        <source>Stage counts</source>
        <translation>Anzahl je Phase</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="123"/>
        <source>IQL metrics, as on the dashboard&apos;s tiles</source>
        <translation>IQL-Kennzahlen, wie auf den Kacheln des Dashboards</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="125"/>
        <source>Leads that change stage</source>
        <translation>Leads, die die Phase wechseln</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="192"/>
        <source>Open a workspace to see what a draft would change on its dashboard.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um zu sehen, was ein Entwurf an seinem Dashboard ändern würde.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="241"/>
        <source>The draft equals the active model (%1): nothing would change. Edit a rule, a threshold or the decay to see here what it does to the dashboard&apos;s numbers.</source>
        <translation>Der Entwurf gleicht dem aktiven Modell (%1): nichts würde sich ändern. Bearbeiten Sie eine Regel, eine Schwelle oder den Verfall, um hier zu sehen, was das an den Zahlen des Dashboards bewirkt.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="256"/>
        <source>Comparing the draft with the active model…</source>
        <translation>Der Entwurf wird mit dem aktiven Modell verglichen…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="267"/>
        <source>Could not compare the draft: %1. %2</source>
        <translation>Der Entwurf konnte nicht verglichen werden: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="275"/>
        <source>The draft differs from the active model, but not in its numbers: every stage count and IQL metric stays the same and no lead changes stage (%1).</source>
        <translation>Der Entwurf unterscheidet sich vom aktiven Modell, aber nicht in den Zahlen: jede Phasenanzahl und IQL-Kennzahl bleibt gleich, und kein Lead wechselt die Phase (%1).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="282"/>
        <source>For the dashboard&apos;s filter: %1</source>
        <translation>Für den Filter des Dashboards: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="283"/>
        <source>The what-if uses the filter and bucket last chosen on the dashboard, so its numbers are the ones the dashboard will show once the draft is saved.</source>
        <translation>Die Was-wäre-wenn-Analyse nutzt den Filter und die Gruppierung, die zuletzt im Dashboard gewählt wurden; ihre Zahlen sind also die, die das Dashboard zeigt, sobald der Entwurf gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="288"/>
        <source>Stage changes: %1 of %2.</source>
        <translation>Phasenwechsel: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="293"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="295"/>
        <source>%1: %2 under the active model and %3 under the draft. Click to open them in the lead explorer.</source>
        <translation>%1: %2 unter dem aktiven Modell und %3 unter dem Entwurf. Klicken Sie, um sie im Lead-Explorer zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="326"/>
        <source>Reading the workspace…</source>
        <translation>Der Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="328"/>
        <source>Reading the workspace… scoring its leads under the active model: %1 of %2</source>
        <translation>Der Arbeitsbereich wird gelesen… seine Leads werden unter dem aktiven Modell bewertet: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="331"/>
        <source>Reading the workspace… %1 rows read</source>
        <translation>Der Arbeitsbereich wird gelesen… %1 Zeilen gelesen</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="339"/>
        <source>Could not read the workspace for the what-if: %1</source>
        <translation>Der Arbeitsbereich konnte für die Was-wäre-wenn-Analyse nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="343"/>
        <source>Check that the file is still there, then read it again.</source>
        <translation>Prüfen Sie, ob die Datei noch vorhanden ist, und lesen Sie sie dann neu.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="371"/>
        <source>Leads the draft moves to another stage (%1)</source>
        <translation>Leads, die der Entwurf in eine andere Phase verschiebt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="379"/>
        <source>%1 under the active model, %2 under the draft (%3)</source>
        <translation>%1 unter dem aktiven Modell, %2 unter dem Entwurf (%3)</translation>
    </message>
</context>
<context>
    <name>LeadStage::WhatIfTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="79"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="81"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="83"/>
        <source>Change</source>
        <translation>Änderung</translation>
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
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="31"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="90"/>
        <source>comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="92"/>
        <source>semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="94"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="96"/>
        <source>pipe (|)</source>
        <translation>senkrechter Strich (|)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="103"/>
        <source>%1 with byte-order mark</source>
        <translation>%1 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="108"/>
        <source>the whole file</source>
        <translation>die ganze Datei</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="108"/>
        <source>the first %1 KiB</source>
        <translation>die ersten %1 KiB</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="111"/>
        <source>The encoding is the one you chose.</source>
        <translation>Die Kodierung ist die von Ihnen gewählte.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="113"/>
        <source>The encoding comes from the file&apos;s byte-order mark.</source>
        <translation>Die Kodierung stammt aus der Byte-Order-Markierung der Datei.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="115"/>
        <source>UTF-8, because %1 is valid UTF-8.</source>
        <translation>UTF-8, weil %1 gültiges UTF-8 ist.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="117"/>
        <source>Windows-1252, because the byte %1 at line %2, column %3 is not valid UTF-8 and nothing else in %4 reads as UTF-8. If the text looks wrong, choose the encoding above.</source>
        <translation>Windows-1252, weil das Byte %1 in Zeile %2, Spalte %3 kein gültiges UTF-8 ist und nichts sonst in %4 als UTF-8 lesbar ist. Wenn der Text falsch aussieht, wählen Sie oben die Kodierung.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="130"/>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="132"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="133"/>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="136"/>
        <source>no preset recognised: map the columns by hand</source>
        <translation>keine Vorlage erkannt: ordnen Sie die Spalten von Hand zu</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="137"/>
        <source>saved mapping</source>
        <translation>gespeicherte Zuordnung</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="143"/>
        <source>Read as %1, separated by %2, column names on row %3: %4 columns.</source>
        <translation>Gelesen als %1, getrennt durch %2, Spaltennamen in Zeile %3: %4 Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="156"/>
        <source> (line %1, column %2)</source>
        <translation> (Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="158"/>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="170"/>
        <source>“%1” was imported before, as import %2 on %3: its rows already there count as unchanged, skipped or already there.</source>
        <translation>„%1“ wurde schon einmal importiert, als Import %2 am %3: Zeilen, die schon da sind, zählen als unverändert, übersprungen oder schon vorhanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/WizardText.cpp" line="186"/>
        <source>&apos;%1&apos; in %n cell(s)</source>
        <translation>
            <numerusform>„%1“ in %n Zelle</numerusform>
            <numerusform>„%1“ in %n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="188"/>
        <source>In “%1”, read as missing: %2.</source>
        <translation>In „%1“ als fehlend gelesen: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="202"/>
        <source>%1 from the column “%2”</source>
        <translation>%1 aus der Spalte „%2“</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="204"/>
        <source>%1 from their first event</source>
        <translation>%1 aus ihrem ersten Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="206"/>
        <source>%1 dated at the import&apos;s time (%2)</source>
        <translation>%1 auf den Zeitpunkt des Imports datiert (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="207"/>
        <source>Created dates of the new leads of “%1”: %2.</source>
        <translation>Anlagedaten der neuen Leads aus „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="210"/>
        <source>The leads of “%1” were named by file and line: the row on line 2 is the lead %1:2, and so on; importing the file again updates the same leads.</source>
        <translation>Die Leads aus „%1“ wurden nach Datei und Zeile benannt: Die Zeile in Zeile 2 ist der Lead %1:2 und so weiter; ein erneuter Import aktualisiert dieselben Leads.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="214"/>
        <source>The column “%1” of “%2” became %3 events of %4 at each lead&apos;s created date (%5 were there already).</source>
        <translation>Die Spalte „%1“ aus „%2“ wurde zu %3 Ereignissen von %4 am Anlagedatum jedes Leads (%5 waren schon vorhanden).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="221"/>
        <source>&apos;%1&apos; (%2 more)</source>
        <translation>„%1“ (%2 weitere)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="222"/>
        <source>%1 rows repeat the CRM id or e-mail of an earlier row: %2.</source>
        <translation>%1 Zeilen wiederholen die CRM-ID oder E-Mail einer früheren Zeile: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="228"/>
        <source>The activity &apos;%1&apos; had no key: created as %2 (track %3, category %4, 0 points until a rule uses it) for %5 rows.</source>
        <translation>Die Aktivität „%1“ hatte keinen Schlüssel: angelegt als %2 (Spur %3, Kategorie %4, 0 Punkte, bis eine Regel sie nutzt) für %5 Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="232"/>
        <source>Nothing would be imported while keys repeat: go Back to the column mapping and check which column is the lead&apos;s id, or tick “Import anyway” there.</source>
        <translation>Solange sich Schlüssel wiederholen, würde nichts importiert: Zurück zur Spaltenzuordnung gehen und prüfen, welche Spalte die ID des Leads ist, oder dort „Trotzdem importieren“ ankreuzen.</translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceOpener</name>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="56"/>
        <source>Preferences set the analysis date to %1; the workspace was scored as of %2</source>
        <translation>Die Einstellungen legen das Analysedatum auf %1 fest; der Arbeitsbereich wurde zum %2 bewertet</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="72"/>
        <source>%1. Every lead has been rescored.</source>
        <translation>%1. Alle Leads wurden neu bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="74"/>
        <source>%1. Rescoring was cancelled: the dashboard shows no numbers until every lead is rescored. Open the workspace again to rescore it.</source>
        <translation>%1. Die Neubewertung wurde abgebrochen: Das Dashboard zeigt keine Zahlen, bis alle Leads neu bewertet sind. Öffnen Sie den Arbeitsbereich erneut, um ihn neu zu bewerten.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="78"/>
        <source>%1. Rescoring them failed: %2</source>
        <translation>%1. Die Neubewertung ist fehlgeschlagen: %2</translation>
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
        <translation>Engagement-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="30"/>
        <source>Sales outcomes</source>
        <translation>Vertriebsergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="32"/>
        <source>Activity types</source>
        <translation>Aktivitätstypen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="34"/>
        <source>Scoring model versions</source>
        <translation>Versionen des Scoring-Modells</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="36"/>
        <source>Scored leads</source>
        <translation>Bewertete Leads</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="38"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="40"/>
        <source>Rejected import rows</source>
        <translation>Abgelehnte Importzeilen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="61"/>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="61"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="107"/>
        <source>Events from %1 to %2 (UTC)</source>
        <translation>Ereignisse vom %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="110"/>
        <source>This workspace has no engagement events yet.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Engagement-Ereignisse.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="117"/>
        <source>%1 rows in table %2</source>
        <translation>%1 Zeilen in Tabelle %2</translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceTabs</name>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="19"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="20"/>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="21"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="22"/>
        <source>The IQL dashboard: the four IQL metrics, charts and source quality (Ctrl+1)</source>
        <translation>Das IQL-Dashboard: die vier IQL-Kennzahlen, Diagramme und Quellenqualität (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="23"/>
        <source>Every lead, or the leads behind a dashboard number (Ctrl+2)</source>
        <translation>Alle Leads oder die Leads hinter einer Dashboard-Zahl (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="24"/>
        <source>Scoring &amp;Model</source>
        <translation>Scoring-&amp;Modell</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="25"/>
        <source>What the workspace file holds (Ctrl+3)</source>
        <translation>Was die Arbeitsbereich-Datei enthält (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="26"/>
        <source>Edit the scoring rules, thresholds, decay, fit and nurture; save as a new version (Ctrl+4)</source>
        <translation>Scoring-Regeln, Schwellen, Verfall, Fit und Nurturing bearbeiten; als neue Version speichern (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="30"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="32"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="34"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="35"/>
        <source>Grade</source>
        <translation>Stufe</translation>
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
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="43"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="45"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="47"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="49"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="51"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="53"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="55"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="57"/>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
</context>
<context>
    <name>MetricsError</name>
    <message>
        <location filename="../core/metrics/SnapshotLoader.cpp" line="165"/>
        <source>the workspace changed while it was being read (leads were imported, removed or rescored)</source>
        <translation>der Arbeitsbereich hat sich beim Lesen geändert (Leads wurden importiert, entfernt oder neu bewertet)</translation>
    </message>
    <message>
        <location filename="../core/metrics/SnapshotLoader.cpp" line="168"/>
        <source>Try again once the import or rescore has finished.</source>
        <translation>Versuchen Sie es erneut, wenn der Import oder die Neubewertung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../core/metrics/SnapshotLoader.cpp" line="173"/>
        <source>loading the dashboard data was cancelled</source>
        <translation>das Laden der Dashboard-Daten wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ModelValidation</name>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="53"/>
        <source>missing (expected a string)</source>
        <translation>fehlt (erwartet einen String)</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="55"/>
        <location filename="../core/scoring/JsonReader.cpp" line="117"/>
        <source>expected a string</source>
        <translation>erwartet einen String</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="70"/>
        <location filename="../core/scoring/ModelJson.cpp" line="84"/>
        <source>expected a number</source>
        <translation>erwartet eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="75"/>
        <source>expected a whole number</source>
        <translation>erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="89"/>
        <source>missing (expected a number)</source>
        <translation>fehlt (erwartet eine Zahl)</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="99"/>
        <source>expected true or false</source>
        <translation>erwartet true oder false</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="110"/>
        <source>expected an array of strings</source>
        <translation>erwartet ein Array von Strings</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="128"/>
        <source>missing (expected an array)</source>
        <translation>fehlt (erwartet ein Array)</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="132"/>
        <source>expected an array</source>
        <translation>erwartet ein Array</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="139"/>
        <location filename="../core/scoring/JsonReader.cpp" line="154"/>
        <source>expected an object</source>
        <translation>erwartet ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="168"/>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="31"/>
        <location filename="../core/scoring/ModelJson.cpp" line="424"/>
        <source>See the limits in docs/scoring.md.</source>
        <translation>Die Grenzen stehen in docs/scoring.md.</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="111"/>
        <source>fit rules</source>
        <translation>Fit-Regeln</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="142"/>
        <source>must be at least %1, not %2</source>
        <translation>muss mindestens %1 sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="144"/>
        <source>must be at most %1, not %2</source>
        <translation>darf höchstens %1 sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="150"/>
        <source>must be at most %1 characters long, not %2</source>
        <translation>darf höchstens %1 Zeichen lang sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="157"/>
        <source>may hold at most %1 %2, not %3</source>
        <translation>darf höchstens %1 %2 enthalten, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="168"/>
        <source>must not be empty (a name of 1 to %1 characters)</source>
        <translation>darf nicht leer sein (ein Name mit 1 bis %1 Zeichen)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="73"/>
        <source>expected a string or a number</source>
        <translation>erwartet einen String oder eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="77"/>
        <source>expected a non-empty array of strings or numbers</source>
        <translation>erwartet ein nicht leeres Array von Strings oder Zahlen</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="81"/>
        <source>expected a string or an array of strings</source>
        <translation>erwartet einen String oder ein Array von Strings</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="88"/>
        <source>expected [low, high], two numbers</source>
        <translation>erwartet [low, high], zwei Zahlen</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="91"/>
        <source>low is above high</source>
        <translation>low liegt über high</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="96"/>
        <source>expected true, false or nothing</source>
        <translation>erwartet true, false oder nichts</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="128"/>
        <source>unknown track %1 (expected info, intent or product)</source>
        <translation>unbekannter Track %1 (erwartet info, intent oder product)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="141"/>
        <source>unknown pay mode %1 (expected each, once or atCount)</source>
        <translation>unbekannte Vergabe %1 (erwartet each, once oder atCount)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="149"/>
        <source>only rules that pay atCount take a count</source>
        <translation>nur Regeln mit der Vergabe atCount nehmen eine Anzahl</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="166"/>
        <source>a rule matches either an activity or a field, not both</source>
        <translation>eine Regel prüft entweder eine Aktivität oder ein Feld, nicht beides</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="168"/>
        <source>missing &quot;activity&quot; or &quot;field&quot;</source>
        <translation>&quot;activity&quot; oder &quot;field&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="178"/>
        <source>field rules pay once</source>
        <translation>Feldregeln vergeben ihre Punkte einmal</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="222"/>
        <source>expected A &gt;= B &gt;= C</source>
        <translation>erwartet A &gt;= B &gt;= C</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="232"/>
        <source>unknown value %1 (expected %2)</source>
        <translation>unbekannter Wert %1 (erwartet %2)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="257"/>
        <source>steps must start at increasing weeks</source>
        <translation>Schritte müssen in aufsteigenden Wochen beginnen</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="270"/>
        <source>duplicate id %1</source>
        <translation>doppelte ID %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="279"/>
        <source>unknown format %1 (expected &quot;%2&quot;)</source>
        <translation>unbekanntes Format %1 (erwartet &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="283"/>
        <source>version %1 is newer than this LeadStage reads (up to %2)</source>
        <translation>Version %1 ist neuer als die, die dieses LeadStage liest (bis %2)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="300"/>
        <source>missing (expected an object)</source>
        <translation>fehlt (erwartet ein Objekt)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="421"/>
        <source>larger than the limit of %1 bytes for a model</source>
        <translation>größer als die Grenze von %1 Byte für ein Modell</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="433"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="435"/>
        <source>Check the file name and that you may read it.</source>
        <translation>Prüfen Sie den Dateinamen und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="452"/>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="454"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="468"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="475"/>
        <source>expected a JSON object</source>
        <translation>erwartet ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="53"/>
        <source>rule %1 has no id</source>
        <translation>Regel %1 hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="54"/>
        <source>Give every rule a short id.</source>
        <translation>Geben Sie jeder Regel eine kurze ID.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="57"/>
        <source>two rules have the id &quot;%1&quot;</source>
        <translation>zwei Regeln haben die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="58"/>
        <source>Give each rule its own id.</source>
        <translation>Geben Sie jeder Regel eine eigene ID.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="63"/>
        <source>rule %1 pays %2 points</source>
        <translation>Regel %1 vergibt %2 Punkte</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="64"/>
        <source>Keep points between −%1 and %1.</source>
        <translation>Halten Sie die Punkte zwischen −%1 und %1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="71"/>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="72"/>
        <source>Complete the condition in the rule&apos;s criterion.</source>
        <translation>Vervollständigen Sie die Bedingung im Kriterium der Regel.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="78"/>
        <source>rule %1 names no activity</source>
        <translation>Regel %1 nennt keine Aktivität</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="79"/>
        <source>Choose the activity the rule scores.</source>
        <translation>Wählen Sie die Aktivität, die die Regel bewertet.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="82"/>
        <source>rule %1 pays at count %2</source>
        <translation>Regel %1 vergibt bei Anzahl %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="85"/>
        <source>A count must be at least 2; at count 1 is the same as &quot;once&quot;.</source>
        <translation>Eine Anzahl muss mindestens 2 sein; bei Anzahl 1 ist es dasselbe wie „einmal“.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="94"/>
        <source>rule %1 has a cap of %2</source>
        <translation>Regel %1 hat eine Obergrenze von %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="95"/>
        <source>A cap must be above 0; clear it for no cap.</source>
        <translation>Eine Obergrenze muss über 0 liegen; leeren Sie sie für keine Obergrenze.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="98"/>
        <source>rule %1 pays once, so its cap changes nothing</source>
        <translation>Regel %1 vergibt einmal, ihre Obergrenze ändert also nichts</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="100"/>
        <source>Caps are for rules that pay each time; clear the cap.</source>
        <translation>Obergrenzen gelten für Regeln, die jedes Mal vergeben; leeren Sie die Obergrenze.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="104"/>
        <source>rule %1&apos;s cap of %2 is below the %3 points it pays</source>
        <translation>die Obergrenze %2 von Regel %1 liegt unter den %3 Punkten, die sie vergibt</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="108"/>
        <source>Raise the cap to at least the rule&apos;s points, or lower the points.</source>
        <translation>Heben Sie die Obergrenze mindestens auf die Punkte der Regel an, oder senken Sie die Punkte.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="120"/>
        <source>trigger %1 has no id</source>
        <translation>Trigger %1 hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="121"/>
        <source>Give every trigger an id.</source>
        <translation>Geben Sie jedem Trigger eine ID.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="124"/>
        <source>two triggers have the id &quot;%1&quot;</source>
        <translation>zwei Trigger haben die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="125"/>
        <source>Give each trigger its own id.</source>
        <translation>Geben Sie jedem Trigger eine eigene ID.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="129"/>
        <source>trigger %1 names no activity</source>
        <translation>Trigger %1 nennt keine Aktivität</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="130"/>
        <source>Choose the activity that makes a lead an MQL.</source>
        <translation>Wählen Sie die Aktivität, die einen Lead zum MQL macht.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="133"/>
        <source>trigger %1 fires at count %2</source>
        <translation>Trigger %1 löst bei Anzahl %2 aus</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="136"/>
        <source>A count must be at least 1.</source>
        <translation>Eine Anzahl muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="139"/>
        <source>trigger %1 has a window of %2 days</source>
        <translation>Trigger %1 hat ein Zeitfenster von %2 Tagen</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="142"/>
        <source>A window must be at least 1 day; clear it for no window.</source>
        <translation>Ein Zeitfenster muss mindestens 1 Tag lang sein; leeren Sie es für kein Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="146"/>
        <source>trigger %1 has a window but fires on the first match</source>
        <translation>Trigger %1 hat ein Zeitfenster, löst aber beim ersten Treffer aus</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="149"/>
        <source>A window needs a count of at least 2; raise the count or clear the window.</source>
        <translation>Ein Zeitfenster braucht eine Anzahl von mindestens 2; erhöhen Sie die Anzahl oder leeren Sie das Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="159"/>
        <source>an IQL threshold of %1 makes every lead an IQL</source>
        <translation>eine IQL-Schwelle von %1 macht jeden Lead zum IQL</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="161"/>
        <source>Set the IQL threshold to at least 1.</source>
        <translation>Setzen Sie die IQL-Schwelle auf mindestens 1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="165"/>
        <source>the MQL threshold %1 is not above the IQL threshold %2</source>
        <translation>die MQL-Schwelle %1 liegt nicht über der IQL-Schwelle %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="168"/>
        <source>Leads must pass IQL before MQL: set MQL above IQL.</source>
        <translation>Leads müssen IQL vor MQL erreichen: Setzen Sie MQL über IQL.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="171"/>
        <source>the ICP MQL threshold %1 is not between IQL %2 and MQL %3</source>
        <translation>die ICP-MQL-Schwelle %1 liegt nicht zwischen IQL %2 und MQL %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="176"/>
        <source>Set it above IQL and below MQL, or clear it.</source>
        <translation>Setzen Sie sie über IQL und unter MQL, oder leeren Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="179"/>
        <source>a PQL threshold of %1 makes every lead a PQL</source>
        <translation>eine PQL-Schwelle von %1 macht jeden Lead zum PQL</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="181"/>
        <source>Set the PQL threshold to at least 1.</source>
        <translation>Setzen Sie die PQL-Schwelle auf mindestens 1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="185"/>
        <source>a threshold of %1 is out of reach</source>
        <translation>eine Schwelle von %1 ist unerreichbar</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="186"/>
        <source>Keep thresholds at most %1.</source>
        <translation>Halten Sie Schwellen bei höchstens %1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="194"/>
        <source>a grace of %1 months</source>
        <translation>eine Schonfrist von %1 Monaten</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="195"/>
        <source>Choose 0 to %1 months.</source>
        <translation>Wählen Sie 0 bis %1 Monate.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="199"/>
        <source>a decay of %1 points a month</source>
        <translation>ein Verfall von %1 Punkten pro Monat</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="201"/>
        <source>Choose 0 (no decay) to %1 points.</source>
        <translation>Wählen Sie 0 (kein Verfall) bis %1 Punkte.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="212"/>
        <source>fit rule %1: %2</source>
        <translation>Fit-Regel %1: %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="213"/>
        <source>Complete the fit rule&apos;s condition.</source>
        <translation>Vervollständigen Sie die Bedingung der Fit-Regel.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="216"/>
        <source>fit rule %1 gives %2 points</source>
        <translation>Fit-Regel %1 vergibt %2 Punkte</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="219"/>
        <source>Fit points run from 0 to 100: keep a rule between −100 and 100.</source>
        <translation>Fit-Punkte reichen von 0 bis 100: Halten Sie eine Regel zwischen −100 und 100.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="225"/>
        <source>grade boundaries A %1, B %2, C %3 are not 100 ≥ A &gt; B &gt; C ≥ 1</source>
        <translation>die Stufengrenzen A %1, B %2, C %3 erfüllen nicht 100 ≥ A &gt; B &gt; C ≥ 1</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="230"/>
        <source>Each grade needs its own band of fit points: A above B above C, all within 1–100.</source>
        <translation>Jede Stufe braucht einen eigenen Bereich von Fit-Punkten: A über B über C, alle innerhalb von 1–100.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="240"/>
        <source>nurture track %1 names &quot;%2&quot;</source>
        <translation>Nurture-Strecke %1 nennt &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="241"/>
        <source>Use %1.</source>
        <translation>Verwenden Sie %1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="252"/>
        <source>nurture track %1 has no id</source>
        <translation>Nurture-Strecke %1 hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="253"/>
        <source>Give every track a short id.</source>
        <translation>Geben Sie jeder Strecke eine kurze ID.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="256"/>
        <source>two nurture tracks have the id &quot;%1&quot;</source>
        <translation>zwei Nurture-Strecken haben die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="258"/>
        <source>Give each track its own id.</source>
        <translation>Geben Sie jeder Strecke eine eigene ID.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="268"/>
        <source>the nurture step from week %1 has no name</source>
        <translation>der Nurture-Schritt ab Woche %1 hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="270"/>
        <source>Name the step (&quot;Problem awareness&quot;).</source>
        <translation>Benennen Sie den Schritt („Problembewusstsein“).</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="273"/>
        <source>the first nurture step starts at week %1</source>
        <translation>der erste Nurture-Schritt beginnt in Woche %1</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="275"/>
        <source>Start the first step at week 1, so every week after IQL has a step.</source>
        <translation>Lassen Sie den ersten Schritt in Woche 1 beginnen, damit jede Woche nach IQL einen Schritt hat.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="279"/>
        <source>nurture step &quot;%1&quot; starts at week %2, not after the step before it (week %3)</source>
        <translation>Nurture-Schritt &quot;%1&quot; beginnt in Woche %2, nicht nach dem Schritt davor (Woche %3)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="285"/>
        <source>Steps start at increasing weeks.</source>
        <translation>Schritte beginnen in aufsteigenden Wochen.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="288"/>
        <source>nurture step &quot;%1&quot; starts at week %2</source>
        <translation>Nurture-Schritt &quot;%1&quot; beginnt in Woche %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="291"/>
        <source>Start steps within %1 weeks.</source>
        <translation>Lassen Sie Schritte innerhalb von %1 Wochen beginnen.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="303"/>
        <source>the model has no name</source>
        <translation>das Modell hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="304"/>
        <source>Name the model; versions are kept per name.</source>
        <translation>Benennen Sie das Modell; Versionen werden je Name geführt.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="314"/>
        <source>a lead is stagnant after %1 days</source>
        <translation>ein Lead stagniert nach %1 Tagen</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="315"/>
        <source>Choose 1 to %1 days.</source>
        <translation>Wählen Sie 1 bis %1 Tage.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="62"/>
        <source>Type %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="87"/>
        <source> is empty</source>
        <translation> ist leer</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="88"/>
        <source> is not empty</source>
        <translation> ist nicht leer</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="97"/>
        <source>a text or a number</source>
        <translation>einen Text oder eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="99"/>
        <source>values separated by commas</source>
        <translation>durch Kommas getrennte Werte</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="101"/>
        <source>words separated by commas (any of them)</source>
        <translation>durch Kommas getrennte Wörter (eines davon)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="104"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="106"/>
        <source>two numbers, low – high</source>
        <translation>zwei Zahlen, niedrig – hoch</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="108"/>
        <source>nothing (is empty), or &quot;no&quot; (is not empty)</source>
        <translation>nichts (ist leer) oder &quot;no&quot; (ist nicht leer)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="118"/>
        <location filename="../core/tuning/ConditionText.cpp" line="184"/>
        <source>the condition names no field</source>
        <translation>die Bedingung nennt kein Feld</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="119"/>
        <source>Choose a lead field such as industry or employees, or type an attrs key.</source>
        <translation>Wählen Sie ein Lead-Feld wie industry oder employees, oder geben Sie einen attrs-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="122"/>
        <location filename="../core/tuning/ConditionText.cpp" line="186"/>
        <source>&quot;%1&quot; names no extra column after attrs.</source>
        <translation>&quot;%1&quot; nennt nach attrs. keine zusätzliche Spalte.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="125"/>
        <source>Write the extra column&apos;s name after attrs., as in attrs.campaign.</source>
        <translation>Schreiben Sie den Namen der zusätzlichen Spalte nach attrs., wie in attrs.campaign.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="132"/>
        <source>no value to compare with</source>
        <translation>kein Vergleichswert</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="139"/>
        <source>the list is empty</source>
        <translation>die Liste ist leer</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="151"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="159"/>
        <source>&quot;%1&quot; is not a range</source>
        <translation>&quot;%1&quot; ist kein Bereich</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="163"/>
        <source>the low end %1 is above the high end %2</source>
        <translation>das untere Ende %1 liegt über dem oberen Ende %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="174"/>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>&quot;%1&quot; ist weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="194"/>
        <source>the condition has no value to compare with</source>
        <translation>die Bedingung hat keinen Vergleichswert</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="198"/>
        <source>&quot;in&quot; needs a non-empty list of values</source>
        <translation>&quot;in&quot; braucht eine nicht leere Liste von Werten</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="202"/>
        <source>&quot;contains&quot; needs a word or a list of words</source>
        <translation>&quot;contains&quot; braucht ein Wort oder eine Liste von Wörtern</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="206"/>
        <source>&quot;%1&quot; needs a number</source>
        <translation>&quot;%1&quot; braucht eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="211"/>
        <source>&quot;between&quot; needs two numbers, low – high</source>
        <translation>&quot;between&quot; braucht zwei Zahlen, niedrig – hoch</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="214"/>
        <source>the range&apos;s low end is above its high end</source>
        <translation>das untere Ende des Bereichs liegt über seinem oberen Ende</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="219"/>
        <source>&quot;empty&quot; takes no value</source>
        <translation>&quot;empty&quot; nimmt keinen Wert</translation>
    </message>
</context>
<context>
    <name>ModelWords</name>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="32"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="33"/>
        <source>intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="34"/>
        <source>product</source>
        <translation>Produkt</translation>
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
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="33"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="39"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="40"/>
        <source>stagnant</source>
        <translation>stagnierend</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="41"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/shell/ShortcutList.cpp" line="35"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>ReferenceBands</name>
    <message>
        <location filename="../core/metrics/ReferenceBands.cpp" line="19"/>
        <source>IQLs / month</source>
        <translation>IQLs / Monat</translation>
    </message>
    <message>
        <location filename="../core/metrics/ReferenceBands.cpp" line="21"/>
        <source>days</source>
        <translation>Tage</translation>
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
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="26"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="27"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="27"/>
        <source>intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="28"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="29"/>
        <source>sql</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="29"/>
        <source>opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="30"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="102"/>
        <location filename="../core/report/ReportLanguage.cpp" line="125"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="119"/>
        <source>%1 pp</source>
        <translation>%1 PP</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="158"/>
        <source>each</source>
        <translation>jedes Mal</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="160"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="162"/>
        <source>at count %1</source>
        <translation>beim %1. Mal</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="172"/>
        <source>%1 (recorded by the CRM)</source>
        <translation>%1 (vom CRM erfasst)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="30"/>
        <source>below the band</source>
        <translation>unter dem Band</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="32"/>
        <source>within the band</source>
        <translation>im Band</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="34"/>
        <source>above the band</source>
        <translation>über dem Band</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="87"/>
        <source>Funnel by stage</source>
        <translation>Funnel nach Phase</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="88"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="91"/>
        <source>Reached %1</source>
        <translation>Erreicht %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="94"/>
        <source>Conversion %1</source>
        <translation>Konversion %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="105"/>
        <source>Leads created in each quarter and the stages they reached by %1. Conversion is the share of the stage before (PQL: of IQL).</source>
        <translation>Im jeweiligen Quartal angelegte Leads und die Phasen, die sie bis zum %1 erreicht haben. Konversion ist der Anteil an der vorherigen Phase (PQL: an IQL).</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="115"/>
        <source>IQL metrics by quarter</source>
        <translation>IQL-Kennzahlen nach Quartal</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="117"/>
        <location filename="../core/report/ReportBuilder.cpp" line="402"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="118"/>
        <location filename="../core/report/QuarterTables.cpp" line="227"/>
        <location filename="../core/report/QuarterTables.cpp" line="241"/>
        <location filename="../core/report/QuarterTables.cpp" line="339"/>
        <location filename="../core/report/ReportBuilder.cpp" line="325"/>
        <source>IQLs</source>
        <translation>IQLs</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="119"/>
        <location filename="../core/report/QuarterTables.cpp" line="161"/>
        <source>IQLs per month</source>
        <translation>IQLs pro Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="120"/>
        <source>IQL → MQL (180 days)</source>
        <translation>IQL → MQL (180 Tage)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="121"/>
        <location filename="../core/report/QuarterTables.cpp" line="240"/>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="122"/>
        <location filename="../core/report/QuarterTables.cpp" line="344"/>
        <source>Median days to MQL</source>
        <translation>Median Tage bis MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="123"/>
        <location filename="../core/report/QuarterTables.cpp" line="264"/>
        <location filename="../core/report/QuarterTables.cpp" line="285"/>
        <location filename="../core/report/ReportBuilder.cpp" line="340"/>
        <source>MQLs</source>
        <translation>MQLs</translation>
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
        <translation>vorläufig</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="132"/>
        <location filename="../core/report/QuarterTables.cpp" line="249"/>
        <location filename="../core/report/QuarterTables.cpp" line="354"/>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="136"/>
        <source>IQLs per month is the mean over the quarter&apos;s whole months; conversion is the quarter&apos;s IQL cohort (provisional until its 180 days have passed); time to MQL covers the leads that became MQL in the quarter; engagement is the mean of the monthly rates of its whole months.</source>
        <translation>IQLs pro Monat ist der Mittelwert über die vollständigen Monate des Quartals; die Konversion gilt für die IQL-Kohorte des Quartals (vorläufig, bis ihre 180 Tage vergangen sind); die Zeit bis MQL umfasst die Leads, die im Quartal MQL wurden; das Engagement ist der Mittelwert der Monatsraten seiner vollständigen Monate.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="161"/>
        <source>IQL → MQL conversion (180 days)</source>
        <translation>IQL → MQL-Konversion (180 Tage)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="162"/>
        <source>Median time to MQL</source>
        <translation>Mediane Zeit bis MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="162"/>
        <source>Engagement rate</source>
        <translation>Engagement-Rate</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="175"/>
        <source>(provisional)</source>
        <translation>(vorläufig)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="182"/>
        <source>%1 vs %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="185"/>
        <source>no figure for %1</source>
        <translation>kein Wert für %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="190"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="191"/>
        <source>IQLs / month</source>
        <translation>IQLs / Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="196"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="197"/>
        <source>Band %1</source>
        <translation>Band %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="207"/>
        <source>The four IQL metrics against their bands</source>
        <translation>Die vier IQL-Kennzahlen im Vergleich zu ihren Referenzbereichen</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="208"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCells.cpp" line="59"/>
        <location filename="../core/report/QuarterTables.cpp" line="209"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="210"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="211"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="212"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="225"/>
        <source>IQL generation by month</source>
        <translation>IQL-Generierung nach Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="226"/>
        <location filename="../core/report/QuarterTables.cpp" line="297"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="230"/>
        <source>Leads whose IQL date falls in the month. Band: 300–500 a month.</source>
        <translation>Leads, deren IQL-Datum in den Monat fällt. Referenzbereich: 300–500 pro Monat.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="238"/>
        <source>IQL → MQL conversion by monthly cohort</source>
        <translation>IQL → MQL-Konversion nach Monatskohorte</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="242"/>
        <location filename="../core/report/QuarterTables.cpp" line="340"/>
        <source>MQL within 180 days</source>
        <translation>MQL innerhalb von 180 Tagen</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="243"/>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="244"/>
        <location filename="../core/report/QuarterTables.cpp" line="301"/>
        <location filename="../core/report/QuarterTables.cpp" line="345"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="252"/>
        <source>A cohort is provisional until 180 days have passed for every member. Band: 15–25 %.</source>
        <translation>Eine Kohorte ist vorläufig, bis für jedes Mitglied 180 Tage vergangen sind. Referenzbereich: 15–25 %.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="261"/>
        <source>Time to MQL by month</source>
        <translation>Zeit bis MQL nach Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="263"/>
        <source>Month of MQL</source>
        <translation>MQL-Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="265"/>
        <source>Lower quartile (days)</source>
        <translation>Unteres Quartil (Tage)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="266"/>
        <source>Median (days)</source>
        <translation>Median (Tage)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="267"/>
        <source>Upper quartile (days)</source>
        <translation>Oberes Quartil (Tage)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="268"/>
        <source>Mean (days)</source>
        <translation>Mittelwert (Tage)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="274"/>
        <source>Days from IQL to MQL of the leads that became MQL in the month. Band: 90–180 days.</source>
        <translation>Tage von IQL bis MQL der Leads, die im Monat MQL wurden. Referenzbereich: 90–180 Tage.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="283"/>
        <source>Time to MQL in %1</source>
        <translation>Zeit bis MQL in %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="284"/>
        <source>Days to MQL</source>
        <translation>Tage bis MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="296"/>
        <source>Engagement by month</source>
        <translation>Engagement nach Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="298"/>
        <source>IQLs during the month</source>
        <translation>IQLs im Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="299"/>
        <source>With an event</source>
        <translation>Mit Ereignis</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="305"/>
        <source>partial month</source>
        <translation>angebrochener Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="306"/>
        <source>whole month</source>
        <translation>vollständiger Monat</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="309"/>
        <source>Of the leads that were IQL during the month, the share with at least one event in it. Band: 35–50 %.</source>
        <translation>Von den Leads, die im Monat IQL waren, der Anteil mit mindestens einem Ereignis darin. Referenzbereich: 35–50 %.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="323"/>
        <location filename="../core/report/ReportBuilder.cpp" line="179"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="325"/>
        <source>IQLs of %1 by source</source>
        <translation>IQLs in %1 nach Quelle</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="327"/>
        <location filename="../core/report/ReportBuilder.cpp" line="180"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="330"/>
        <source>IQLs of %1 by campaign</source>
        <translation>IQLs in %1 nach Kampagne</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="332"/>
        <location filename="../core/report/ReportBuilder.cpp" line="181"/>
        <source>Vertical</source>
        <translation>Vertikale</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="335"/>
        <source>IQLs of %1 by vertical</source>
        <translation>IQLs in %1 nach Vertikale</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="341"/>
        <source>IQL → MQL</source>
        <translation>IQL → MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="342"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="343"/>
        <source>IQL → customer</source>
        <translation>IQL → Kunde</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="348"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="358"/>
        <source>The quarter&apos;s IQLs by their value, most first; IQL → customer counts customers won by the analysis date.</source>
        <translation>Die IQLs des Quartals nach ihrem Wert, die häufigsten zuerst; IQL → Kunde zählt die bis zum Analysedatum gewonnenen Kunden.</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="25"/>
        <source>The model in force</source>
        <translation>Das geltende Modell</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="26"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>ID im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="36"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="38"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="42"/>
        <source>built-in default, not saved yet</source>
        <translation>eingebautes Standardmodell, noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="45"/>
        <source>IQL threshold (points)</source>
        <translation>IQL-Schwelle (Punkte)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="47"/>
        <source>MQL threshold (points)</source>
        <translation>MQL-Schwelle (Punkte)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="49"/>
        <source>MQL requires intent</source>
        <translation>MQL erfordert Intent</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="50"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="51"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="52"/>
        <source>PQL threshold (product points)</source>
        <translation>PQL-Schwelle (Produktpunkte)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="54"/>
        <source>Decay starts after (months without activity)</source>
        <translation>Verfall beginnt nach (Monaten ohne Aktivität)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="56"/>
        <source>Decay (points a month)</source>
        <translation>Verfall (Punkte pro Monat)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="59"/>
        <source>Fit grades A / B / C from (points)</source>
        <translation>Fit-Stufen A / B / C ab (Punkte)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="69"/>
        <source>Scoring rules</source>
        <translation>Scoring-Regeln</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="70"/>
        <location filename="../core/report/ModelTables.cpp" line="111"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="71"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="72"/>
        <location filename="../core/report/ModelTables.cpp" line="93"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="73"/>
        <location filename="../core/report/ModelTables.cpp" line="112"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="74"/>
        <location filename="../core/report/ModelTables.cpp" line="113"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="75"/>
        <source>Pays</source>
        <translation>Vergabe</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="76"/>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="91"/>
        <source>MQL triggers</source>
        <translation>MQL-Auslöser</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="92"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="94"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="95"/>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="96"/>
        <source>Within (days)</source>
        <translation>Innerhalb von (Tagen)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="110"/>
        <source>Fit rules</source>
        <translation>Fit-Regeln</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="128"/>
        <source>Back-test against outcomes</source>
        <translation>Backtest gegen Ergebnisse</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="129"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="133"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="135"/>
        <source>Scored as of</source>
        <translation>Bewertet zum</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="137"/>
        <source>Horizon (days)</source>
        <translation>Horizont (Tage)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="139"/>
        <source>Leads scored</source>
        <translation>Bewertete Leads</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="141"/>
        <source>Reached the outcome within the horizon</source>
        <translation>Ergebnis innerhalb des Horizonts erreicht</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="144"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="146"/>
        <source>AUC 95 % interval, low</source>
        <translation>AUC 95-%-Intervall, untere Grenze</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="148"/>
        <source>AUC 95 % interval, high</source>
        <translation>AUC 95-%-Intervall, obere Grenze</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="151"/>
        <source>MQL at the moment</source>
        <translation>MQL zum Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="155"/>
        <source>Precision at the MQL threshold</source>
        <translation>Präzision an der MQL-Schwelle</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="157"/>
        <source>Recall at the MQL threshold</source>
        <translation>Trefferquote an der MQL-Schwelle</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="160"/>
        <source>The horizon reaches past the analysis date: outcomes may still come, so these figures are provisional.</source>
        <translation>Der Horizont reicht über das Analysedatum hinaus: Ergebnisse können noch kommen, daher sind diese Werte vorläufig.</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="162"/>
        <source>Each lead was scored with its events up to that date only, so nothing that came later leaks into the figures.</source>
        <translation>Jeder Lead wurde nur mit seinen Ereignissen bis zu diesem Datum bewertet, sodass nichts Späteres in die Werte einfließt.</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="171"/>
        <source>Outcome rate by score decile</source>
        <translation>Ergebnisrate nach Score-Dezil</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="173"/>
        <source>Decile</source>
        <translation>Dezil</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="174"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="175"/>
        <source>Reached the outcome</source>
        <translation>Ergebnis erreicht</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="176"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="177"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="178"/>
        <source>Cumulative share of outcomes</source>
        <translation>Kumulierter Anteil der Ergebnisse</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="187"/>
        <source>Decile 1 holds the highest scores; tied scores stay together, so a row may cover several deciles.</source>
        <translation>Dezil 1 enthält die höchsten Scores; gleiche Scores bleiben zusammen, daher kann eine Zeile mehrere Dezile umfassen.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="20"/>
        <source>below its band of %1</source>
        <translation>unterhalb des Referenzbereichs von %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="22"/>
        <source>inside its band of %1</source>
        <translation>innerhalb des Referenzbereichs von %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="24"/>
        <source>above its band of %1</source>
        <translation>oberhalb des Referenzbereichs von %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="39"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tagen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="83"/>
        <source>%1 leads became IQL in %2; %3 had none.</source>
        <translation>In %2 wurden %1 Leads zu IQLs; in %3 gab es keine.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="86"/>
        <source>IQL generation stayed at %1 in %2, as in %3.</source>
        <translation>Die IQL-Generierung lag in %2 wie schon in %3 bei %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="91"/>
        <source>IQL generation rose %1 to %2 in %3 (%4 in %5).</source>
        <translation>Die IQL-Generierung stieg in %3 um %1 auf %2 (%4 in %5).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="92"/>
        <source>IQL generation fell %1 to %2 in %3 (%4 in %5).</source>
        <translation>Die IQL-Generierung sank in %3 um %1 auf %2 (%4 in %5).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="99"/>
        <source>Against %1 a year earlier that is %2.</source>
        <translation>Gegenüber %1 ein Jahr zuvor sind das %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="36"/>
        <source>%1–%2 a month</source>
        <translation>%1–%2 pro Monat</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="105"/>
        <source>%1 IQLs a month is %2.</source>
        <translation>%1 IQLs pro Monat liegen %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="118"/>
        <source>No lead became IQL in %1, so it has no conversion.</source>
        <translation>In %1 wurde kein Lead zum IQL, daher gibt es keine Konversion.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="124"/>
        <source>IQL → MQL conversion of the %1 cohort stayed at %2, %3.</source>
        <translation>Die IQL → MQL-Konversion der Kohorte %1 blieb bei %2 und liegt damit %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="129"/>
        <source>IQL → MQL conversion of the %1 cohort rose to %2 (%3), %4.</source>
        <translation>Die IQL → MQL-Konversion der Kohorte %1 stieg auf %2 (%3) und liegt damit %4.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="130"/>
        <source>IQL → MQL conversion of the %1 cohort fell to %2 (%3), %4.</source>
        <translation>Die IQL → MQL-Konversion der Kohorte %1 sank auf %2 (%3) und liegt damit %4.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="134"/>
        <source>IQL → MQL conversion of the %1 cohort is %2, %3.</source>
        <translation>Die IQL → MQL-Konversion der Kohorte %1 beträgt %2 und liegt damit %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="139"/>
        <source>The cohort is still provisional: some of its leads have had less than 180 days to convert.</source>
        <translation>Die Kohorte ist noch vorläufig: Einige ihrer Leads hatten weniger als 180 Tage Zeit zu konvertieren.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="150"/>
        <source>The %1 leads that became MQL took a median of %2 from IQL, %3.</source>
        <translation>Die %1 Leads, die MQL wurden, brauchten ab IQL im Median %2; das liegt %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="161"/>
        <source>Each month %1 of the IQLs engaged on average, %2.</source>
        <translation>Im Monatsdurchschnitt zeigten %1 der IQLs Engagement; das liegt %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="172"/>
        <source>Of the %1 leads created in %2, %3 reached MQL and %4 became customers by %5.</source>
        <translation>Von den %1 in %2 angelegten Leads hatten %3 bis zum %5 MQL erreicht und %4 waren Kunden geworden.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="187"/>
        <source>Most IQLs came from %1: %2, %3 of the quarter&apos;s.</source>
        <translation>Die meisten IQLs stammten aus %1: %2, das sind %3 aller IQLs des Quartals.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="199"/>
        <source>Back-tested as of %1, the model ranks a lead that went on to %2 within %3 days above one that did not with a probability of %4 (AUC).</source>
        <translation>Im Backtest zum %1 stuft das Modell einen Lead, der innerhalb von %3 Tagen %2 erreichte, mit einer Wahrscheinlichkeit von %4 (AUC) höher ein als einen, bei dem das nicht der Fall war.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="182"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="191"/>
        <source>Fit grade</source>
        <translation>Fit-Stufe</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="193"/>
        <source>all leads</source>
        <translation>alle Leads</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="277"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="278"/>
        <source>%1 as known on %2, for %3 (%4 of the workspace&apos;s %5 leads).</source>
        <translation>%1 nach Stand vom %2, für %3 (%4 der %5 Leads des Arbeitsbereichs).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="285"/>
        <source>The quarter was not over on that date: its figures cover part of it.</source>
        <translation>Das Quartal war an diesem Datum noch nicht vorbei: Seine Werte decken nur einen Teil davon ab.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="299"/>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="302"/>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="309"/>
        <source>IQL metrics month by month</source>
        <translation>IQL-Kennzahlen Monat für Monat</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="310"/>
        <source>The fifteen months from %1 to the end of %2.</source>
        <translation>Die fünfzehn Monate von %1 bis zum Ende von %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="330"/>
        <source>share MQL within 180 days</source>
        <translation>Anteil MQL innerhalb von 180 Tagen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="335"/>
        <source>days from IQL to MQL</source>
        <translation>Tage von IQL bis MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="345"/>
        <source>share with an event</source>
        <translation>Anteil mit Ereignis</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="357"/>
        <source>Sources, campaigns and verticals</source>
        <translation>Quellen, Kampagnen und Vertikalen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="366"/>
        <source>The scoring model</source>
        <translation>Das Scoring-Modell</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="368"/>
        <source>Stages and scores come from the model that scored the workspace: %1.</source>
        <translation>Phasen und Scores stammen von dem Modell, das den Arbeitsbereich bewertet hat: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="377"/>
        <source>The workspace holds no dated outcomes (SQL, opportunity or customer), so the model could not be checked against what leads went on to do.</source>
        <translation>Der Arbeitsbereich enthält keine datierten Ergebnisse (SQL, Opportunity oder Kunde), daher konnte das Modell nicht daran geprüft werden, was aus den Leads wurde.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="385"/>
        <source>outcome rate</source>
        <translation>Ergebnisrate</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="394"/>
        <source>What this report was made from</source>
        <translation>Woraus dieser Bericht erstellt wurde</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="395"/>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="399"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="400"/>
        <source>Analysis date</source>
        <translation>Analysedatum</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="403"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="405"/>
        <source>Leads in the workspace</source>
        <translation>Leads im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="407"/>
        <source>Leads the filter selects</source>
        <translation>Vom Filter ausgewählte Leads</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="409"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="410"/>
        <source>Leads with outcomes</source>
        <translation>Leads mit Ergebnissen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="412"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="413"/>
        <source>Model JSON SHA-256</source>
        <translation>Modell-JSON SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="415"/>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="423"/>
        <source>Imports included</source>
        <translation>Enthaltene Importe</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="424"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="425"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="426"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="427"/>
        <source>Rows imported</source>
        <translation>Importierte Zeilen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="428"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="429"/>
        <source>File SHA-256</source>
        <translation>Datei-SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="430"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="439"/>
        <source>An undone import&apos;s rows are not in the figures.</source>
        <translation>Die Zeilen eines rückgängig gemachten Imports sind nicht in den Werten enthalten.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="445"/>
        <source>Basis of this report</source>
        <translation>Grundlage dieses Berichts</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="446"/>
        <source>The report carries this basis and every number in a machine-readable manifest, sealed with a SHA-256 digest of the file: LeadStage&apos;s report verification recomputes the figures from the workspace and says whether each still holds, and whether the file was changed.</source>
        <translation>Der Bericht enthält diese Grundlage und jede Zahl in einem maschinenlesbaren Manifest, versiegelt mit einem SHA-256-Hash der Datei: Die Berichtsprüfung von LeadStage berechnet die Werte aus dem Arbeitsbereich neu und sagt, ob jeder noch gilt und ob die Datei geändert wurde.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="483"/>
        <source>Quarterly funnel report</source>
        <translation>Quartalsbericht zum Funnel</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="486"/>
        <source>Figures as known on %1</source>
        <translation>Werte nach Stand vom %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="488"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="489"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>ReportError</name>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="30"/>
        <source>the report&apos;s manifest is not valid JSON (%1 at byte %2)</source>
        <translation>das Manifest des Berichts ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="36"/>
        <location filename="../core/report/ReportRequest.cpp" line="25"/>
        <location filename="../core/report/PdfManifest.cpp" line="38"/>
        <source>The file was changed after LeadStage wrote it; make the report again.</source>
        <translation>Die Datei wurde geändert, nachdem LeadStage sie geschrieben hat; erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="40"/>
        <source>the manifest is not a LeadStage quarterly report&apos;s</source>
        <translation>das Manifest gehört nicht zu einem LeadStage-Quartalsbericht</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="47"/>
        <source>the report was made by a newer LeadStage (manifest version %1)</source>
        <translation>der Bericht wurde von einem neueren LeadStage erstellt (Manifest-Version %1)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="52"/>
        <source>Verify it with that version or a later one.</source>
        <translation>Prüfen Sie ihn mit dieser oder einer späteren Version.</translation>
    </message>
    <message>
        <location filename="../core/report/HtmlReport.cpp" line="259"/>
        <source>the file holds no LeadStage report manifest</source>
        <translation>die Datei enthält kein LeadStage-Berichtsmanifest</translation>
    </message>
    <message>
        <location filename="../core/report/HtmlReport.cpp" line="263"/>
        <source>Choose an HTML report that LeadStage wrote.</source>
        <translation>Wählen Sie einen HTML-Bericht, den LeadStage geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="156"/>
        <source>a file of that name is in the way of the report&apos;s folder</source>
        <translation>eine Datei dieses Namens steht dem Ordner des Berichts im Weg</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="157"/>
        <source>Choose another name for the folder.</source>
        <translation>Wählen Sie einen anderen Namen für den Ordner.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="161"/>
        <source>the folder is not empty and holds no LeadStage CSV report</source>
        <translation>der Ordner ist nicht leer und enthält keinen CSV-Bericht von LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="163"/>
        <source>Choose a new or empty folder: LeadStage replaces only a CSV report it wrote.</source>
        <translation>Wählen Sie einen neuen oder leeren Ordner: LeadStage ersetzt nur einen CSV-Bericht, den es selbst geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="167"/>
        <source>cannot create the folder that would hold the report</source>
        <translation>der Ordner für den Bericht kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="169"/>
        <source>Check that the location exists and is writable.</source>
        <translation>Prüfen Sie, ob der Speicherort existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="174"/>
        <source>cannot create a folder beside the report&apos;s folder</source>
        <translation>neben dem Ordner des Berichts kann kein Ordner angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="175"/>
        <location filename="../core/report/CsvReport.cpp" line="218"/>
        <source>Check that the location is writable.</source>
        <translation>Prüfen Sie, ob der Speicherort beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="183"/>
        <source>a report file has no usable name (&quot;%1&quot;)</source>
        <translation>eine Berichtsdatei hat keinen verwendbaren Namen (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="188"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="190"/>
        <source>Check the free space and that the location is writable.</source>
        <translation>Prüfen Sie den freien Speicherplatz und ob der Speicherort beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="202"/>
        <source>cannot move the previous report aside</source>
        <translation>der vorherige Bericht kann nicht beiseitegeschoben werden</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="203"/>
        <source>Close any program that has its files open, then try again.</source>
        <translation>Schließen Sie alle Programme, die seine Dateien geöffnet haben, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="207"/>
        <source>cannot replace the empty folder</source>
        <translation>der leere Ordner kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="208"/>
        <source>Close any program that has it open, then try again.</source>
        <translation>Schließen Sie alle Programme, die ihn geöffnet haben, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="217"/>
        <source>cannot move the written report into place</source>
        <translation>der geschriebene Bericht kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="230"/>
        <source>no such folder</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="231"/>
        <location filename="../core/report/CsvReport.cpp" line="244"/>
        <location filename="../core/report/CsvReport.cpp" line="270"/>
        <source>Give the folder the CSV report was written to.</source>
        <translation>Geben Sie den Ordner an, in den der CSV-Bericht geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="242"/>
        <source>the folder holds no %1, so it is not a LeadStage CSV report</source>
        <translation>der Ordner enthält kein %1, ist also kein CSV-Bericht von LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="253"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="266"/>
        <source>the report has no %1</source>
        <translation>der Bericht hat kein %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="20"/>
        <source>cannot create a file in this folder (%1)</source>
        <translation>in diesem Ordner kann keine Datei angelegt werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="23"/>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="40"/>
        <source>cannot replace the file (%1)</source>
        <translation>die Datei kann nicht ersetzt werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="41"/>
        <source>Close the file if another program has it open, or choose another name.</source>
        <translation>Schließen Sie die Datei, falls ein anderes Programm sie geöffnet hat, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="23"/>
        <source>The file is damaged or not a zip file; make the report again.</source>
        <translation>Die Datei ist beschädigt oder keine ZIP-Datei; erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="28"/>
        <source>the zip unpacks to more than %1 bytes</source>
        <translation>die ZIP-Datei entpackt sich zu mehr als %1 Byte</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="30"/>
        <source>This is no report LeadStage wrote; do not open it.</source>
        <translation>Das ist kein Bericht, den LeadStage geschrieben hat; öffnen Sie ihn nicht.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="58"/>
        <source>cannot open the entry &quot;%1&quot;</source>
        <translation>der Eintrag &quot;%1&quot; kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="67"/>
        <source>the entry &quot;%1&quot; is damaged (%2)</source>
        <translation>der Eintrag &quot;%1&quot; ist beschädigt (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="80"/>
        <source>the entry &quot;%1&quot; fails its checksum</source>
        <translation>der Eintrag &quot;%1&quot; besteht die Prüfsumme nicht</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="89"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="90"/>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="94"/>
        <source>not a zip file, or a damaged one</source>
        <translation>keine ZIP-Datei oder eine beschädigte</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="102"/>
        <location filename="../core/report/ZipArchive.cpp" line="106"/>
        <source>the zip&apos;s list of entries is damaged</source>
        <translation>das Eintragsverzeichnis der ZIP-Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="130"/>
        <location filename="../core/report/XlsxReport.cpp" line="144"/>
        <source>Check the free space and that you may write to the folder.</source>
        <translation>Prüfen Sie den freien Speicherplatz und ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="137"/>
        <source>cannot create the zip file</source>
        <translation>die ZIP-Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="151"/>
        <source>cannot add &quot;%1&quot; to the zip file</source>
        <translation>&quot;%1&quot; kann nicht zur ZIP-Datei hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="155"/>
        <source>cannot write &quot;%1&quot; into the zip file</source>
        <translation>&quot;%1&quot; kann nicht in die ZIP-Datei geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="160"/>
        <source>cannot finish &quot;%1&quot; in the zip file</source>
        <translation>&quot;%1&quot; kann in der ZIP-Datei nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="165"/>
        <source>cannot finish the zip file</source>
        <translation>die ZIP-Datei kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="124"/>
        <source>cannot start the workbook</source>
        <translation>die Arbeitsmappe kann nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="125"/>
        <source>Check the free memory and the folder.</source>
        <translation>Prüfen Sie den freien Arbeitsspeicher und den Ordner.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="135"/>
        <source>cannot write the workbook: %1</source>
        <translation>die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="141"/>
        <source>cannot write the workbook (%1)</source>
        <translation>die Arbeitsmappe kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="540"/>
        <source>the report&apos;s manifest holds no single seal placeholder</source>
        <translation>das Manifest des Berichts enthält nicht genau einen Siegel-Platzhalter</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="541"/>
        <location filename="../core/report/XlsxReport.cpp" line="592"/>
        <source>This is a bug in LeadStage; please report it.</source>
        <translation>Das ist ein Fehler in LeadStage; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="567"/>
        <source>the workbook does not hold its seal placeholder exactly once</source>
        <translation>die Arbeitsmappe enthält ihren Siegel-Platzhalter nicht genau einmal</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="571"/>
        <source>A table cell holds the seal&apos;s marker; this is a bug in LeadStage.</source>
        <translation>Eine Tabellenzelle enthält die Markierung des Siegels; das ist ein Fehler in LeadStage.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="587"/>
        <source>the sealed workbook differs from the one sealed beyond its seal</source>
        <translation>die versiegelte Arbeitsmappe weicht außerhalb ihres Siegels von der versiegelten ab</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="24"/>
        <source>The workbook was changed after LeadStage wrote it; make the report again.</source>
        <translation>Die Arbeitsmappe wurde geändert, nachdem LeadStage sie geschrieben hat; erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="67"/>
        <source>the file is no Excel workbook (xl/workbook.xml is missing)</source>
        <translation>die Datei ist keine Excel-Arbeitsmappe (xl/workbook.xml fehlt)</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="80"/>
        <source>the workbook has no sheet &quot;%1&quot;, so no manifest</source>
        <translation>die Arbeitsmappe hat kein Blatt &quot;%1&quot;, also kein Manifest</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="89"/>
        <source>the workbook&apos;s sheet &quot;%1&quot; points nowhere</source>
        <translation>das Blatt &quot;%1&quot; der Arbeitsmappe verweist ins Leere</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="162"/>
        <source>the workbook lacks its manifest sheet&apos;s part %1</source>
        <translation>der Arbeitsmappe fehlt der Teil %1 ihres Manifest-Blatts</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="21"/>
        <source>the report&apos;s manifest has a bad request: %1</source>
        <translation>das Manifest des Berichts enthält eine fehlerhafte Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="54"/>
        <source>no quarter</source>
        <translation>kein Quartal</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="61"/>
        <source>analysis date &quot;%1&quot;</source>
        <translation>Analysedatum &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="71"/>
        <source>grade &quot;%1&quot;</source>
        <translation>Stufe &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterFigures.cpp" line="28"/>
        <source>the quarter %1 starts after the analysis date %2</source>
        <translation>das Quartal %1 beginnt nach dem Analysedatum %2</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterFigures.cpp" line="33"/>
        <source>Choose %1 or an earlier quarter, or import newer data.</source>
        <translation>Wählen Sie %1 oder ein früheres Quartal, oder importieren Sie neuere Daten.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="26"/>
        <source>the report was cancelled</source>
        <translation>der Bericht wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="30"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="77"/>
        <source>the workspace changed while the report was reading it</source>
        <translation>der Arbeitsbereich hat sich geändert, während der Bericht ihn las</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="81"/>
        <source>Make the report again once the import or rescore has finished.</source>
        <translation>Erstellen Sie den Bericht erneut, wenn der Import oder die Neubewertung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="506"/>
        <source>no report language &quot;%1&quot;</source>
        <translation>keine Berichtssprache &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="510"/>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie eine von: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="513"/>
        <source>%1, so the report&apos;s figures would be wrong</source>
        <translation>%1, die Zahlen des Berichts wären also falsch</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="516"/>
        <source>Rescore the workspace, then make the report again.</source>
        <translation>Bewerten Sie den Arbeitsbereich neu und erstellen Sie dann den Bericht erneut.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="19"/>
        <source>not a LeadStage report: %1</source>
        <translation>kein LeadStage-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="20"/>
        <source>Give the PDF, XLSX, HTML, CSV folder or .zip that `leadstage report` wrote.</source>
        <translation>Geben Sie die PDF-, XLSX- oder HTML-Datei, den CSV-Ordner oder die .zip-Datei an, die `leadstage report` geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="38"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="48"/>
        <source>cannot read it: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="78"/>
        <source>it is no PDF, zip or HTML file LeadStage wrote</source>
        <translation>es ist keine PDF-, ZIP- oder HTML-Datei, die LeadStage geschrieben hat</translation>
    </message>
    <message>
        <location filename="../core/report/PdfManifest.cpp" line="27"/>
        <source>the PDF holds no LeadStage report manifest</source>
        <translation>die PDF-Datei enthält kein LeadStage-Berichtsmanifest</translation>
    </message>
    <message>
        <location filename="../core/report/PdfManifest.cpp" line="31"/>
        <source>Verify a PDF that LeadStage wrote as a quarterly report.</source>
        <translation>Prüfen Sie eine PDF-Datei, die LeadStage als Quartalsbericht geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../core/report/PdfManifest.cpp" line="34"/>
        <source>the PDF holds more than one LeadStage report manifest</source>
        <translation>die PDF-Datei enthält mehr als ein LeadStage-Berichtsmanifest</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="21"/>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>ScoreStatus</name>
    <message>
        <location filename="../core/store/ScoreStatus.cpp" line="80"/>
        <source>its scores are out of date: some leads have never been scored (found on %1)</source>
        <translation>seine Bewertungen sind veraltet: Einige Leads wurden nie bewertet (festgestellt am %1)</translation>
    </message>
    <message>
        <location filename="../core/store/ScoreStatus.cpp" line="84"/>
        <source>its scores are out of date: an import was undone on %1 and the rescore did not finish</source>
        <translation>seine Bewertungen sind veraltet: Ein Import wurde am %1 rückgängig gemacht, und die Neubewertung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/ScoreStatus.cpp" line="88"/>
        <source>its scores are out of date: an import changed the data on %1 and its rescore did not finish</source>
        <translation>seine Bewertungen sind veraltet: Ein Import hat am %1 die Daten geändert, und seine Neubewertung wurde nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ScoringError</name>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="90"/>
        <source>the default model is missing from this build</source>
        <translation>das Standardmodell fehlt in diesem Build</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringEngine.cpp" line="48"/>
        <source>one date per lead is needed (%1 dates for %2 leads)</source>
        <translation>je Lead wird ein Datum benötigt (%1 Datumsangaben für %2 Leads)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringEngine.cpp" line="61"/>
        <location filename="../core/scoring/ScoringEngine.cpp" line="83"/>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="331"/>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="457"/>
        <location filename="../core/scoring/ModelActivation.cpp" line="75"/>
        <source>scoring was cancelled</source>
        <translation>die Bewertung wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelStore.cpp" line="129"/>
        <location filename="../core/scoring/ModelStore.cpp" line="143"/>
        <location filename="../core/scoring/ModelStore.cpp" line="165"/>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="109"/>
        <location filename="../core/scoring/ModelInForce.cpp" line="29"/>
        <source>no model with id %1</source>
        <translation>kein Modell mit der ID %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelStore.cpp" line="182"/>
        <source>a duplicate needs a name</source>
        <translation>eine Kopie braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelStore.cpp" line="183"/>
        <source>Give the copy a name, e.g. the original&apos;s with &quot;copy&quot; added.</source>
        <translation>Geben Sie der Kopie einen Namen, z. B. den des Originals mit angehängtem „Kopie“.</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventColumnsLoader.cpp" line="91"/>
        <location filename="../core/scoring/EventRanges.cpp" line="21"/>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventColumnsLoader.cpp" line="129"/>
        <source>too many activity types (at most 65535)</source>
        <translation>zu viele Aktivitätstypen (höchstens 65535)</translation>
    </message>
    <message>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="101"/>
        <source>no model chosen to score with</source>
        <translation>kein Modell für die Bewertung gewählt</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadStateCsv.cpp" line="67"/>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadStateCsv.cpp" line="98"/>
        <source>writing was cancelled</source>
        <translation>das Schreiben wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventColumnsLoader.cpp" line="306"/>
        <location filename="../core/scoring/EventRanges.cpp" line="83"/>
        <source>not enough memory to load the events</source>
        <translation>nicht genug Arbeitsspeicher, um die Ereignisse zu laden</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventRanges.cpp" line="111"/>
        <source>an event&apos;s detail id (%1) is beyond what scoring can hold</source>
        <translation>die Detail-ID eines Ereignisses (%1) übersteigt, was die Bewertung fassen kann</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/store/Database.cpp" line="89"/>
        <source>preparing a query</source>
        <translation>Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="98"/>
        <source>no database open</source>
        <translation>keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="100"/>
        <source>%1 (while %2)</source>
        <translation>%1 (beim %2)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="124"/>
        <source>Another program is using this workspace. Close it there (or let its work finish) and try again.</source>
        <translation>Ein anderes Programm verwendet diesen Arbeitsbereich. Schließen Sie ihn dort (oder lassen Sie dessen Arbeit zu Ende laufen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="128"/>
        <source>The file or its folder is read-only. Make it writable, or save a copy where you can write.</source>
        <translation>Die Datei oder ihr Ordner ist schreibgeschützt. Machen Sie sie beschreibbar, oder speichern Sie eine Kopie dort, wo Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="132"/>
        <source>The file is damaged. Restore it from a backup or create a new workspace; LeadStage has not changed it.</source>
        <translation>Die Datei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her oder legen Sie einen neuen Arbeitsbereich an; LeadStage hat sie nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="136"/>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="139"/>
        <source>Check that the file and its folder exist and that you may read them.</source>
        <translation>Prüfen Sie, ob die Datei und ihr Ordner existieren und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="142"/>
        <source>The disk reported an error. Check the drive and try again.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet. Prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/store/Transaction.cpp" line="25"/>
        <source>no transaction is open</source>
        <translation>keine Transaktion geöffnet</translation>
    </message>
    <message>
        <location filename="../core/store/AnalysisDate.cpp" line="84"/>
        <source>the workspace&apos;s analysis date is not a number of seconds: &apos;%1&apos;</source>
        <translation>das Analysedatum des Arbeitsbereichs ist keine Anzahl von Sekunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/store/AnalysisDate.cpp" line="87"/>
        <source>Set it again with `leadstage score FILE --as-of YYYY-MM-DD` (or `--as-of latest`).</source>
        <translation>Setzen Sie es erneut mit `leadstage score FILE --as-of YYYY-MM-DD` (oder `--as-of latest`).</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="44"/>
        <source>is empty (0 bytes): not a LeadStage workspace</source>
        <translation>ist leer (0 Byte): kein LeadStage-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="45"/>
        <location filename="../core/store/Workspace.cpp" line="178"/>
        <source>Choose a .leadstage file. To make a new workspace, use File → New Workspace, `leadstage import FILE --leads …` or `leadstage demo --out FILE`.</source>
        <translation>Wählen Sie eine .leadstage-Datei. Einen neuen Arbeitsbereich legen Sie mit Datei → Neuer Arbeitsbereich, `leadstage import FILE --leads …` oder `leadstage demo --out FILE` an.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="55"/>
        <source>is a folder, not a workspace file</source>
        <translation>ist ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="56"/>
        <source>Choose a .leadstage file inside it.</source>
        <translation>Wählen Sie eine .leadstage-Datei darin.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="59"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="60"/>
        <source>Check that you may read the file.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="67"/>
        <source>is not a LeadStage workspace (it is not an SQLite database)</source>
        <translation>ist kein LeadStage-Arbeitsbereich (es ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="68"/>
        <source>Choose a .leadstage file, or create a new workspace with File → New.</source>
        <translation>Wählen Sie eine .leadstage-Datei, oder legen Sie mit Datei → Neu einen neuen Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="75"/>
        <location filename="../core/store/Workspace.cpp" line="83"/>
        <source>cannot be opened for writing</source>
        <translation>kann nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="77"/>
        <source>is read-only</source>
        <translation>ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="78"/>
        <source>Make the file writable (chmod u+w), or copy it to a folder where you can write and open the copy.</source>
        <translation>Machen Sie die Datei beschreibbar (chmod u+w), oder kopieren Sie sie in einen Ordner, in dem Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="87"/>
        <source>is in a read-only folder (LeadStage keeps its journal beside the file)</source>
        <translation>liegt in einem schreibgeschützten Ordner (LeadStage legt sein Journal neben der Datei ab)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="89"/>
        <source>Copy the workspace to a folder where you can write and open the copy.</source>
        <translation>Kopieren Sie den Arbeitsbereich in einen Ordner, in dem Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="103"/>
        <location filename="../core/store/Workspace.cpp" line="143"/>
        <source>is damaged (%1)</source>
        <translation>ist beschädigt (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="110"/>
        <source>is being written by another LeadStage (process %1 on %2: an import or a rescore)</source>
        <translation>wird gerade von einem anderen LeadStage geschrieben (Prozess %1 auf %2: ein Import oder eine Neubewertung)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="114"/>
        <source>Try again when it has finished.</source>
        <translation>Versuchen Sie es erneut, wenn dieser Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="116"/>
        <source>is locked by another program (%1)</source>
        <translation>ist von einem anderen Programm gesperrt (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="176"/>
        <source>is an empty SQLite database (no tables): not a LeadStage workspace</source>
        <translation>ist eine leere SQLite-Datenbank (keine Tabellen): kein LeadStage-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="185"/>
        <source>is an SQLite database, but not a LeadStage workspace</source>
        <translation>ist eine SQLite-Datenbank, aber kein LeadStage-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="186"/>
        <source>Choose a .leadstage file; to bring data from another tool, import its CSV exports.</source>
        <translation>Wählen Sie eine .leadstage-Datei; um Daten aus einem anderen Werkzeug zu übernehmen, importieren Sie dessen CSV-Exporte.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="190"/>
        <source>is not a LeadStage workspace: it carries LeadStage&apos;s mark but no schema version (PRAGMA user_version is 0), so LeadStage did not make it and cannot upgrade it</source>
        <translation>ist kein LeadStage-Arbeitsbereich: Er trägt die Kennung von LeadStage, aber keine Schema-Version (PRAGMA user_version ist 0), also hat LeadStage ihn nicht angelegt und kann ihn nicht aktualisieren</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="194"/>
        <source>Choose another .leadstage file; this one has not been changed.</source>
        <translation>Wählen Sie eine andere .leadstage-Datei; diese wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="199"/>
        <source>was written by a newer LeadStage (workspace version %1; this LeadStage reads up to %2)</source>
        <translation>wurde von einem neueren LeadStage geschrieben (Arbeitsbereichsversion %1; dieses LeadStage liest bis %2)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="203"/>
        <source>Open it with a newer LeadStage. The file has not been changed.</source>
        <translation>Öffnen Sie ihn mit einem neueren LeadStage. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="208"/>
        <source>Make the file and its folder writable and open it again: the interrupted import is undone then, nothing else is changed.</source>
        <translation>Machen Sie die Datei und ihren Ordner beschreibbar und öffnen Sie sie erneut: Dann wird der unterbrochene Import rückgängig gemacht, sonst wird nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="230"/>
        <source>was left mid-write by an interrupted import, and the file or its folder is read-only</source>
        <translation>wurde von einem unterbrochenen Import mitten im Schreiben zurückgelassen, und die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="239"/>
        <source>is being written by another LeadStage (process %1 on %2)</source>
        <translation>wird gerade von einem anderen LeadStage geschrieben (Prozess %1 auf %2)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="240"/>
        <source>Open it again when that import or rescore has finished.</source>
        <translation>Öffnen Sie ihn erneut, wenn dieser Import oder diese Neubewertung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="246"/>
        <location filename="../core/store/Workspace.cpp" line="256"/>
        <source>was left mid-write by an interrupted import (%1)</source>
        <translation>wurde von einem unterbrochenen Import mitten im Schreiben zurückgelassen (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="297"/>
        <source>is open read-only</source>
        <translation>ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="298"/>
        <source>Open the workspace for writing first.</source>
        <translation>Öffnen Sie den Arbeitsbereich zuerst zum Schreiben.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="326"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="327"/>
        <source>Check the path, or create a new workspace.</source>
        <translation>Prüfen Sie den Pfad, oder legen Sie einen neuen Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="364"/>
        <source>is open for writing in another LeadStage (process %1 on %2), and the file or its folder is read-only to you, so it cannot be read safely meanwhile</source>
        <translation>ist in einem anderen LeadStage zum Schreiben geöffnet (Prozess %1 auf %2), und die Datei oder ihr Ordner ist für Sie schreibgeschützt, sodass er währenddessen nicht sicher gelesen werden kann</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="369"/>
        <source>Open it again when the other LeadStage has closed it, or read a copy.</source>
        <translation>Öffnen Sie ihn erneut, wenn das andere LeadStage ihn geschlossen hat, oder lesen Sie eine Kopie.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="387"/>
        <source>has changes in %1 that cannot be read where the file or its folder is read-only (%2)</source>
        <translation>hat Änderungen in %1, die nicht gelesen werden können, solange die Datei oder ihr Ordner schreibgeschützt ist (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="390"/>
        <source>Copy the workspace together with its -wal file to a folder where you can write, and open the copy.</source>
        <translation>Kopieren Sie den Arbeitsbereich zusammen mit seiner -wal-Datei in einen Ordner, in dem Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="468"/>
        <source>LeadStage was not closed properly last time (process %1 on %2 stopped with the workspace open); its lock was taken over.</source>
        <translation>LeadStage wurde beim letzten Mal nicht ordnungsgemäß beendet (Prozess %1 auf %2 endete bei geöffnetem Arbeitsbereich); seine Sperre wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="475"/>
        <source>A write that was interrupted (an import or its rescore) was rolled back: the workspace keeps what was completed before it.</source>
        <translation>Ein unterbrochener Schreibvorgang (ein Import oder seine Neubewertung) wurde zurückgerollt: Der Arbeitsbereich behält, was davor abgeschlossen war.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="74"/>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="75"/>
        <source>Choose another name, or delete the file first.</source>
        <translation>Wählen Sie einen anderen Namen, oder löschen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="79"/>
        <source>cannot be created: the folder %1 does not exist</source>
        <translation>kann nicht angelegt werden: Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="81"/>
        <source>Create the folder first, or choose another place.</source>
        <translation>Legen Sie zuerst den Ordner an, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="83"/>
        <source>is being created or opened by another LeadStage (process %1 on %2)</source>
        <translation>wird gerade von einem anderen LeadStage angelegt oder geöffnet (Prozess %1 auf %2)</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="85"/>
        <source>Wait until it has finished, or choose another name.</source>
        <translation>Warten Sie, bis dies abgeschlossen ist, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="108"/>
        <source>cannot be completed: the new workspace was not closed cleanly</source>
        <translation>kann nicht fertiggestellt werden: Der neue Arbeitsbereich wurde nicht sauber geschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="109"/>
        <source>Try again; the incomplete file has been removed.</source>
        <translation>Versuchen Sie es erneut; die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="114"/>
        <source>cannot be completed: the new workspace could not be written to the disk</source>
        <translation>kann nicht fertiggestellt werden: Der neue Arbeitsbereich konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="116"/>
        <source>Check the disk (space, errors) and try again.</source>
        <translation>Prüfen Sie den Datenträger (Speicherplatz, Fehler) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="126"/>
        <source>cannot be completed: the new workspace could not be given its name (%1)</source>
        <translation>kann nicht fertiggestellt werden: Der neue Arbeitsbereich konnte seinen Namen nicht erhalten (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="129"/>
        <source>Check that no other file of that name appeared meanwhile, and try again.</source>
        <translation>Prüfen Sie, ob inzwischen keine andere Datei dieses Namens entstanden ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceLock.cpp" line="57"/>
        <source>cannot be locked for writing (the lock file beside it cannot be created)</source>
        <translation>kann nicht zum Schreiben gesperrt werden (die Sperrdatei daneben kann nicht angelegt werden)</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceLock.cpp" line="62"/>
        <source>Check that you may write in the workspace&apos;s folder and that its disk has space.</source>
        <translation>Prüfen Sie, ob Sie im Ordner des Arbeitsbereichs schreiben dürfen und ob sein Datenträger Platz hat.</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="34"/>
        <source>%1: its folder %2 is on a read-only file system</source>
        <translation>%1: Sein Ordner %2 liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="37"/>
        <source>Copy the workspace to a folder on a writable disk and open the copy, or open it read-only.</source>
        <translation>Kopieren Sie den Arbeitsbereich in einen Ordner auf einem beschreibbaren Datenträger und öffnen Sie die Kopie, oder öffnen Sie ihn schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="41"/>
        <source>%1: the disk holding %2 is full</source>
        <translation>%1: Der Datenträger mit %2 ist voll</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="44"/>
        <source>Free some space on that disk and try again; nothing was changed.</source>
        <translation>Geben Sie auf diesem Datenträger Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="48"/>
        <source>%1: you may not write in its folder %2</source>
        <translation>%1: Sie dürfen nicht in seinen Ordner %2 schreiben</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="51"/>
        <source>Ask for write permission on that folder, or copy the workspace to a folder where you can write.</source>
        <translation>Bitten Sie um Schreibrechte für diesen Ordner, oder kopieren Sie den Arbeitsbereich in einen Ordner, in dem Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="18"/>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="21"/>
        <source>Copy every row as tab-separated text, for a spreadsheet</source>
        <translation>Alle Zeilen als tabulatorgetrennten Text kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="26"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="31"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="33"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="36"/>
        <source>Could not write %1. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>TuningError</name>
    <message>
        <location filename="../core/tuning/WhatIfSession.cpp" line="19"/>
        <source>the what-if was cancelled: a newer edit replaced it</source>
        <translation>die Was-wäre-wenn-Analyse wurde abgebrochen: Eine neuere Änderung hat sie ersetzt</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="16"/>
        <source>it matches every lead</source>
        <translation>sie trifft auf jeden Lead zu</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="17"/>
        <source>it scores 0 for every lead</source>
        <translation>sie ergibt für jeden Lead 0</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="23"/>
        <source>Leads have an extra column &quot;%1&quot;: write &quot;%2&quot; to score it.</source>
        <translation>Leads haben eine zusätzliche Spalte &quot;%1&quot;: Schreiben Sie &quot;%2&quot;, um sie zu bewerten.</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="26"/>
        <source>Import the leads&apos; %1, or choose a field the leads have.</source>
        <translation>Importieren Sie das Feld %1 der Leads, oder wählen Sie ein Feld, das die Leads haben.</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="29"/>
        <source>Check the spelling against the lead fields and the extra columns the import kept, or import a file with that column.</source>
        <translation>Prüfen Sie die Schreibweise anhand der Lead-Felder und der zusätzlichen Spalten, die der Import behalten hat, oder importieren Sie eine Datei mit dieser Spalte.</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="34"/>
        <source>rule %1: no lead in this workspace has a value in &quot;%2&quot;, so %3</source>
        <translation>Regel %1: Kein Lead in diesem Arbeitsbereich hat einen Wert in &quot;%2&quot;, daher: %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="55"/>
        <source>fit &quot;%1&quot;</source>
        <translation>Fit &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="34"/>
        <source>the regression needs leads with and without the outcome (%1 of %2 have it)</source>
        <translation>die Regression braucht Leads mit und ohne das Ergebnis (%1 von %2 haben es)</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="39"/>
        <source>Choose a longer horizon, an earlier date or another outcome.</source>
        <translation>Wählen Sie einen längeren Horizont, ein früheres Datum oder ein anderes Ergebnis.</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="69"/>
        <source>the regression&apos;s equations have no solution</source>
        <translation>die Gleichungen der Regression haben keine Lösung</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="71"/>
        <source>Some features may always be equal: raise the penalty or drop a rule.</source>
        <translation>Manche Merkmale sind womöglich immer gleich: Erhöhen Sie die Penalty oder entfernen Sie eine Regel.</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="76"/>
        <source>the regression diverged</source>
        <translation>die Regression ist divergiert</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="77"/>
        <source>A feature separates the outcome perfectly: raise the penalty.</source>
        <translation>Ein Merkmal trennt das Ergebnis perfekt: Erhöhen Sie die Penalty.</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="106"/>
        <source>the recorded stages for %1 were not loaded with the leads</source>
        <translation>die erfassten Phasen für %1 wurden nicht mit den Leads geladen</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="112"/>
        <source>no lead has a recorded stage %1 or later in this workspace</source>
        <translation>kein Lead in diesem Arbeitsbereich hat eine erfasste Phase %1 oder später</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="115"/>
        <source>Import the CRM&apos;s lifecycle dates or flags (docs/import.md), or predict sql, opportunity or customer.</source>
        <translation>Importieren Sie die Lifecycle-Datumsangaben oder -Kennzeichen des CRM (docs/import.md), oder sagen Sie sql, opportunity oder customer vorher.</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="119"/>
        <source>the CRM recorded %1 or a later stage without a date for each of the %2 leads that have one: they cannot be placed before or after a date or a stage entry</source>
        <translation>das CRM hat %1 oder eine spätere Phase ohne Datum für jeden der %2 Leads mit einer solchen erfasst: Sie lassen sich nicht vor oder nach einem Datum oder einem Phaseneintritt einordnen</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="126"/>
        <source>Use the snapshot moment (--snapshot), which scores every lead at the analysis date.</source>
        <translation>Verwenden Sie den Snapshot-Zeitpunkt (--snapshot), der jeden Lead zum Analysedatum bewertet.</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="138"/>
        <source>the horizon must be at least one day (%1 given)</source>
        <translation>der Horizont muss mindestens einen Tag betragen (%1 angegeben)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ThresholdReach.cpp" line="93"/>
        <source>the window must be 1 to 120 months (%1 given)</source>
        <translation>das Zeitfenster muss 1 bis 120 Monate betragen (%1 angegeben)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ThresholdReach.cpp" line="106"/>
        <location filename="../core/tuning/ThresholdReach.cpp" line="130"/>
        <source>the capacity curve was cancelled</source>
        <translation>die Kapazitätskurve wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/tuning/RuleFeatures.cpp" line="85"/>
        <location filename="../core/tuning/RuleFeatures.cpp" line="105"/>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="364"/>
        <source>the suggestions were cancelled</source>
        <translation>die Vorschläge wurden abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="86"/>
        <source>Try a later --as-of (the fitted window is as of --as-of minus the horizon), a longer --horizon, or an earlier outcome (--outcome sql).</source>
        <translation>Versuchen Sie ein späteres --as-of (das Schätzfenster reicht bis --as-of minus Horizont), einen längeren --horizon oder ein früheres Ergebnis (--outcome sql).</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="94"/>
        <source>too few outcomes to suggest points: the %1 holds %2 positive leads of %3, and at least %4 are needed</source>
        <translation>zu wenige Ergebnisse, um Punkte vorzuschlagen: %1 enthält %2 positive Leads von %3, nötig sind mindestens %4</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="105"/>
        <source>fitted window (as of %1)</source>
        <translation>Schätzfenster (Stand %1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="106"/>
        <source>fitted window (the earlier two thirds)</source>
        <translation>Schätzfenster (die früheren zwei Drittel)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="107"/>
        <source>validation window (as of %1)</source>
        <translation>Prüffenster (Stand %1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="109"/>
        <source>validation window (the later third)</source>
        <translation>Prüffenster (das spätere Drittel)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="113"/>
        <source>every lead of the fitted window is positive: nothing to tell apart</source>
        <translation>jeder Lead des Schätzfensters ist positiv: Es gibt nichts zu unterscheiden</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="119"/>
        <source>every lead of the validation window is positive: no AUC to validate with</source>
        <translation>jeder Lead des Validierungsfensters ist positiv: keine AUC zum Validieren</translation>
    </message>
</context>
<context>
    <name>WhatIfFigures</name>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="35"/>
        <source>no value (%1)</source>
        <translation>kein Wert (%1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="39"/>
        <source>%1 IQLs in %2</source>
        <translation>%1 IQLs in %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="42"/>
        <source>%1 of the %2 IQLs of %3 reached MQL within 180 days: %4 %</source>
        <translation>%1 der %2 IQLs aus %3 erreichten MQL innerhalb von 180 Tagen: %4 %</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="49"/>
        <source>median %1 days over the %2 leads whose MQL fell in %3 (mean %4 days)</source>
        <translation>Median %1 Tage über die %2 Leads, deren MQL in %3 fiel (Mittelwert %4 Tage)</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="56"/>
        <source>%1 of the %2 leads that were IQL in %3 had an event in it: %4 %</source>
        <translation>%1 der %2 Leads, die in %3 IQL waren, hatten darin ein Ereignis: %4 %</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="74"/>
        <source>%1 (draft: %2)</source>
        <translation>%1 (Entwurf: %2)</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="79"/>
        <source>%1
Active model: %2
Draft: %3</source>
        <translation>%1
Aktives Modell: %2
Entwurf: %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="96"/>
        <source>Leads whose furthest stage on %1 is %2: %3 under the active model, %4 under the draft.
Ever reached %2 by then: %5 and %6.</source>
        <translation>Leads, deren weiteste Stufe am %1 %2 ist: %3 mit dem aktiven Modell, %4 mit dem Entwurf.
Bis dahin jemals %2 erreicht: %5 und %6.</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="141"/>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="144"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="146"/>
        <source>%1 by %2, as of %3</source>
        <translation>%1 nach %2, Stand %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="147"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="147"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="149"/>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="158"/>
        <source>grades: %1</source>
        <translation>Bewertungsklassen: %1</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="160"/>
        <source>all leads</source>
        <translation>alle Leads</translation>
    </message>
</context>
</TS>
