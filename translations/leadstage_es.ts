<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DashboardEngine</name>
    <message>
        <location filename="../ui/dashboard/DashboardEngine.cpp" line="34"/>
        <source>No numbers: %1. Open the workspace again to rescore every lead.</source>
        <translation>Sin cifras: %1. Vuelva a abrir el espacio de trabajo para puntuar de nuevo cada lead.</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <location filename="../core/metrics/DashboardFormat.cpp" line="40"/>
        <location filename="../core/metrics/DashboardFormat.cpp" line="56"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../core/metrics/DashboardFormat.cpp" line="50"/>
        <source>%1 pp</source>
        <translation>%1 p. p.</translation>
    </message>
</context>
<context>
    <name>DemoError</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="318"/>
        <source>the number of leads must be between 1 and 20000000, not %1</source>
        <translation>el número de leads debe estar entre 1 y 20000000, no %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="321"/>
        <source>the number of months must be between 1 and 120, not %1</source>
        <translation>el número de meses debe estar entre 1 y 120, no %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="324"/>
        <source>the end date must lie between 1990 and 2100</source>
        <translation>la fecha final debe estar entre 1990 y 2100</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="352"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="356"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="68"/>
        <location filename="../core/demo/DemoWorkspace.cpp" line="47"/>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="69"/>
        <location filename="../core/demo/DemoWorkspace.cpp" line="48"/>
        <source>Check the path and your permissions.</source>
        <translation>Compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="73"/>
        <location filename="../core/demo/DemoSinks.cpp" line="134"/>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="75"/>
        <source>Check that you may write in the folder.</source>
        <translation>Compruebe que tiene permiso de escritura en la carpeta.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="136"/>
        <source>Check the free disk space.</source>
        <translation>Compruebe el espacio libre en disco.</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="148"/>
        <source>cannot be saved: %1</source>
        <translation>no se puede guardar: %1</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoSinks.cpp" line="234"/>
        <source>the workspace has no activity type &apos;%1&apos;</source>
        <translation>el espacio de trabajo no tiene el tipo de actividad «%1»</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoWorkspace.cpp" line="44"/>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoWorkspace.cpp" line="45"/>
        <source>Choose another name, or delete the file first.</source>
        <translation>Elija otro nombre o elimine antes el archivo.</translation>
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
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="81"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExploreError</name>
    <message>
        <location filename="../core/explore/LeadFilterColumns.cpp" line="36"/>
        <location filename="../core/explore/LeadOrderIndex.cpp" line="46"/>
        <source>the request was superseded by a newer one</source>
        <translation>la solicitud fue sustituida por otra más reciente</translation>
    </message>
</context>
<context>
    <name>FilterLine</name>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="14"/>
        <source>%1 + %2 more</source>
        <translation>%1 + %2 más</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Country</source>
        <translation>País</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="43"/>
        <source>All leads (no filter)</source>
        <translation>Todos los leads (sin filtro)</translation>
    </message>
</context>
<context>
    <name>FilterScope</name>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="30"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="32"/>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="34"/>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="36"/>
        <source>source %1</source>
        <translation>fuente %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="36"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="38"/>
        <source>campaign %1</source>
        <translation>campaña %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="38"/>
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="40"/>
        <source>industry %1</source>
        <translation>sector %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="40"/>
        <source>%n industries</source>
        <translation>
            <numerusform>%n sector</numerusform>
            <numerusform>%n sectores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="42"/>
        <source>country %1</source>
        <translation>país %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="42"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="47"/>
        <source>grade %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="50"/>
        <source>All leads</source>
        <translation>Todos los leads</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterScope.cpp" line="51"/>
        <source>Filtered: %1</source>
        <translation>Filtrado: %1</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="47"/>
        <location filename="../core/import/CsvReader.cpp" line="388"/>
        <location filename="../core/import/ImportScan.cpp" line="48"/>
        <source>cannot open the file: </source>
        <translation>no se puede abrir el archivo: </translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="49"/>
        <location filename="../core/import/CsvReader.cpp" line="389"/>
        <location filename="../core/import/ImportScan.cpp" line="49"/>
        <location filename="../core/import/ImportJob.cpp" line="48"/>
        <source>Check the path and that you may read the file.</source>
        <translation>Compruebe la ruta y que tiene permiso de lectura sobre el archivo.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="86"/>
        <source>the file ends before row %1, the header row</source>
        <translation>el archivo termina antes de la fila %1, la fila de encabezado</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="89"/>
        <source>Choose an earlier header row.</source>
        <translation>Elija una fila de encabezado anterior.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="92"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="93"/>
        <source>A CSV file starts with a header row naming its columns.</source>
        <translation>Un archivo CSV empieza con una fila de encabezado que nombra sus columnas.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="136"/>
        <source>the byte %1 is not valid UTF-8, yet the file also holds valid UTF-8 beyond ASCII: read as UTF-8 or as Windows-1252, part of its text would come out wrong</source>
        <translation>el byte %1 no es UTF-8 válido, pero el archivo también contiene UTF-8 válido más allá de ASCII: tanto si se lee como UTF-8 como si se lee como Windows-1252, parte de su texto saldría mal</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="141"/>
        <source>Choose the file&apos;s encoding (--encoding on the command line, Encoding in the import wizard): UTF-8 imports it with the rows that hold such bytes rejected; Windows-1252 reads every byte as one character, so its UTF-8 text shows as &apos;Ã¼&apos; instead of &apos;ü&apos;.</source>
        <translation>Elija la codificación del archivo (--encoding en la línea de comandos, Codificación en el asistente de importación): con UTF-8 se importa rechazando las filas que contienen esos bytes; con Windows-1252 cada byte se lee como un carácter, por lo que su texto UTF-8 aparece como «Ã¼» en lugar de «ü».</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="178"/>
        <location filename="../core/import/CsvReader.cpp" line="266"/>
        <source>cannot read the file: </source>
        <translation>no se puede leer el archivo: </translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="187"/>
        <location filename="../core/import/CsvReader.cpp" line="275"/>
        <source>the reading was cancelled</source>
        <translation>la lectura se canceló</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="292"/>
        <source>the quoted field runs past the limit of %1 characters a record may have</source>
        <translation>el campo entre comillas supera el límite de %1 caracteres que puede tener un registro</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="295"/>
        <source>If the field really is that long, shorten it in the file; if it should have ended sooner, its closing quote is missing.</source>
        <translation>Si el campo es realmente tan largo, acórtelo en el archivo; si debería haber terminado antes, le falta la comilla de cierre.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="300"/>
        <source>the field runs past the limit of %1 characters a record may have</source>
        <translation>el campo supera el límite de %1 caracteres que puede tener un registro</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="302"/>
        <source>Shorten the field in the file.</source>
        <translation>Acorte el campo en el archivo.</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="334"/>
        <source>a NUL byte, which is no text (is the file binary, or UTF-16 read as another encoding?)</source>
        <translation>un byte NUL, que no es texto (¿es un archivo binario, o UTF-16 leído con otra codificación?)</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="337"/>
        <source>bytes that are not valid %1; choose the file&apos;s encoding (--encoding): files saved by Excel on Windows are usually Windows-1252</source>
        <translation>bytes que no son %1 válido; elija la codificación del archivo (--encoding): los archivos guardados por Excel en Windows suelen estar en Windows-1252</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="343"/>
        <source>bytes that are valid UTF-8 (&apos;%1&apos; as Windows-1252) in a file read as Windows-1252 because line %2, column %3 is not UTF-8; choose the file&apos;s encoding (--encoding)</source>
        <translation>bytes que son UTF-8 válido («%1» como Windows-1252) en un archivo leído como Windows-1252 porque la línea %2, columna %3 no es UTF-8; elija la codificación del archivo (--encoding)</translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="360"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la fila tiene %1 campos, pero el encabezado tiene %2</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="21"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="21"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="22"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="22"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="23"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="23"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="24"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="24"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="25"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="25"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="26"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="26"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="31"/>
        <source>expected YYYY-MM-DD, optionally with a time (THH:MM:SS) and a zone (Z or +HH:MM)</source>
        <translation>se esperaba AAAA-MM-DD, opcionalmente con una hora (THH:MM:SS) y una zona (Z o +HH:MM)</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="36"/>
        <source>expected M/D/YYYY, optionally with a time (H:MM:SS, AM/PM)</source>
        <translation>se esperaba M/D/AAAA, opcionalmente con una hora (H:MM:SS, AM/PM)</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="40"/>
        <source>expected D.M.YYYY or D/M/YYYY, optionally with a time (H:MM:SS)</source>
        <translation>se esperaba D.M.AAAA o D/M/AAAA, opcionalmente con una hora (H:MM:SS)</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="45"/>
        <source>expected a whole number of %1 since 1970-01-01</source>
        <translation>se esperaba un número entero de %1 desde 1970-01-01</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="118"/>
        <source>year %1 is outside %2–%3</source>
        <translation>el año %1 está fuera de %2–%3</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="120"/>
        <source>month %1 does not exist</source>
        <translation>el mes %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="123"/>
        <source>%1 %2 has no day %3</source>
        <translation>%1 de %2 no tiene día %3</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="135"/>
        <source>hour %1 does not exist</source>
        <translation>la hora %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="137"/>
        <source>minute %1 does not exist</source>
        <translation>el minuto %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="139"/>
        <source>second %1 does not exist</source>
        <translation>el segundo %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="179"/>
        <source>the zone offset is not ±HH:MM</source>
        <translation>el desfase de zona horaria no tiene la forma ±HH:MM</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="260"/>
        <source>%1 is outside the years %2–%3</source>
        <translation>%1 está fuera de los años %2–%3</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="269"/>
        <source>%1 is not a plausible date: as %2 since 1970 it is %3, and epoch times before 1990 or after 2099 are refused. Check that this column holds dates, not a flag, a count or an id</source>
        <translation>%1 no es una fecha plausible: como %2 desde 1970 corresponde a %3, y se rechazan las marcas de tiempo epoch anteriores a 1990 o posteriores a 2099. Compruebe que esta columna contiene fechas y no un indicador, un recuento o un id</translation>
    </message>
    <message>
        <location filename="../core/import/DateParser.cpp" line="298"/>
        <source>unknown date format</source>
        <translation>formato de fecha desconocido</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="73"/>
        <source>the %1 mapping takes %2 from a column &apos;%3&apos; this file does not have</source>
        <translation>la asignación de %1 toma %2 de una columna «%3» que este archivo no tiene</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="77"/>
        <source>Map %1 to one of the file&apos;s columns: %2 (`#N` is the Nth column).</source>
        <translation>Asigne %1 a una de las columnas del archivo: %2 (`#N` es la columna N).</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="86"/>
        <source>--ids-from-lines names the leads of a file with no CRM id or e-mail column, and this file maps %1 to its column &apos;%2&apos;</source>
        <translation>--ids-from-lines identifica los leads de un archivo sin columna de id de CRM ni de correo electrónico, y este archivo asigna %1 a su columna «%2»</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="92"/>
        <source>Leave out --ids-from-lines, or leave %1 unmapped.</source>
        <translation>Quite --ids-from-lines o deje %1 sin asignar.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="96"/>
        <source>no column identifies the lead (a CRM id or an e-mail) in this %1 file</source>
        <translation>ninguna columna identifica el lead (un id de CRM o un correo electrónico) en este archivo de %1</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="101"/>
        <source>Map the lead id or e-mail column with a mapping file (--mapping; `#N` is the Nth column), or give each row&apos;s lead the CRM id FILENAME:LINE with --ids-from-lines.</source>
        <translation>Asigne la columna de id del lead o de correo electrónico con un archivo de asignación (--mapping; `#N` es la columna N), o dé al lead de cada fila el id de CRM ARCHIVO:LÍNEA con --ids-from-lines.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="104"/>
        <source>Map the lead id or e-mail column, e.g. with a mapping file (--mapping).</source>
        <translation>Asigne la columna de id del lead o de correo electrónico, p. ej. con un archivo de asignación (--mapping).</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="108"/>
        <source>no column is mapped to %1 in this %2 file</source>
        <translation>ninguna columna está asignada a %1 en este archivo de %2</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="111"/>
        <source>Map one of the columns %1 to %2.</source>
        <translation>Asigne una de las columnas %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="146"/>
        <source>Fix the mapping file; `leadstage import --help` lists the fields.</source>
        <translation>Corrija el archivo de asignación; `leadstage import --help` enumera los campos.</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="153"/>
        <location filename="../core/import/MappingFile.cpp" line="128"/>
        <source>unknown key &apos;%1&apos; (keys: %2)</source>
        <translation>clave desconocida «%1» (claves: %2)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="160"/>
        <source>&apos;%1&apos; is not a field of %2 files (fields: %3)</source>
        <translation>«%1» no es un campo de los archivos de %2 (campos: %3)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="165"/>
        <source>the column is not a string: give the column&apos;s header, or `#N` for the Nth column</source>
        <translation>la columna no es una cadena de texto: indique el encabezado de la columna, o `#N` para la columna N</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="175"/>
        <source>&apos;%1&apos; is not a date field with a known format (iso, mdy, dmy, epoch, epoch-ms)</source>
        <translation>«%1» no es un campo de fecha con un formato conocido (iso, mdy, dmy, epoch, epoch-ms)</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="226"/>
        <source>the header names two columns &apos;%1&apos;: column %2 and column %3</source>
        <translation>el encabezado nombra dos columnas «%1»: la columna %2 y la columna %3</translation>
    </message>
    <message>
        <location filename="../core/import/ColumnMapping.cpp" line="231"/>
        <source>Rename one of them in the file and import again: columns are mapped and kept in attrs by name.</source>
        <translation>Cambie el nombre de una de ellas en el archivo e importe de nuevo: las columnas se asignan y se guardan en attrs por su nombre.</translation>
    </message>
    <message>
        <location filename="../core/import/ActivityMap.cpp" line="136"/>
        <source>activities: &apos;%1&apos; maps to &apos;%2&apos;, which is not an activity key</source>
        <translation>activities: «%1» se asigna a «%2», que no es una clave de actividad</translation>
    </message>
    <message>
        <location filename="../core/import/ActivityMap.cpp" line="140"/>
        <location filename="../core/import/CountEvents.cpp" line="59"/>
        <source>Use one of: %1.</source>
        <translation>Use uno de los siguientes: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="20"/>
        <source>Save the mapping again from LeadStage, or fix the named key.</source>
        <translation>Vuelva a guardar la asignación desde LeadStage o corrija la clave indicada.</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="75"/>
        <source>is not a JSON object (%1 at byte %2)</source>
        <translation>no es un objeto JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="80"/>
        <source>format is &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>format es «%1», no «%2»</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="84"/>
        <source>version %1 is newer than this LeadStage reads (%2)</source>
        <translation>la versión %1 es más reciente de lo que esta versión de LeadStage puede leer (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="100"/>
        <source>missingValues is not a list of texts, e.g. [&quot;Select&quot;, &quot;N/A&quot;]</source>
        <translation>missingValues no es una lista de textos, p. ej. [&quot;Select&quot;, &quot;N/A&quot;]</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="110"/>
        <source>countsAsEvents is not a list like [{&quot;column&quot;: &quot;TotalVisits&quot;, &quot;activity&quot;: &quot;resource_center_visit&quot;}]</source>
        <translation>countsAsEvents no es una lista como [{&quot;column&quot;: &quot;TotalVisits&quot;, &quot;activity&quot;: &quot;resource_center_visit&quot;}]</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="150"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="40"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="50"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="54"/>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="151"/>
        <location filename="../core/import/RejectedRowsCsv.cpp" line="51"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Compruebe que la carpeta existe y que tiene permiso de escritura en ella.</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="159"/>
        <location filename="../core/import/ImportJob.cpp" line="46"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../core/import/MappingFile.cpp" line="160"/>
        <source>Check the path of the mapping file.</source>
        <translation>Compruebe la ruta del archivo de asignación.</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="20"/>
        <source>&apos;%1&apos; is not a number (digits, with , or . between thousands and before decimals; no currency sign, no letters)</source>
        <translation>«%1» no es un número (dígitos, con , o . entre los miles y antes de los decimales; sin símbolo de moneda ni letras)</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="61"/>
        <source>&apos;%1&apos; is ambiguous: the %2 may separate thousands (%3) or mark decimals (%4); write it with both separators (1,000.00 or 1.000,00) or with none</source>
        <translation>«%1» es ambiguo: el separador (%2) puede separar miles (%3) o marcar decimales (%4); escríbalo con ambos separadores (1,000.00 o 1.000,00) o sin ninguno</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="66"/>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="67"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="98"/>
        <source>&apos;%1&apos; is not a number: thousands separators stand between groups of three digits</source>
        <translation>«%1» no es un número: los separadores de miles van entre grupos de tres dígitos</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="111"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>«%1» es demasiado grande</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="118"/>
        <source>&apos;%1&apos; is negative</source>
        <translation>«%1» es negativo</translation>
    </message>
    <message>
        <location filename="../core/import/NumberCell.cpp" line="122"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="26"/>
        <source>the columns (%1) match no preset for %2 files</source>
        <translation>las columnas (%1) no coinciden con ningún preajuste para archivos de %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="30"/>
        <source>Name the preset with --preset, or map the columns in a mapping file (--mapping); a file with no CRM id or e-mail column can name its leads by file and line (--ids-from-lines).</source>
        <translation>Indique el preajuste con --preset o asigne las columnas en un archivo de asignación (--mapping); un archivo sin columna de id de CRM ni de correo electrónico puede identificar sus leads por archivo y línea (--ids-from-lines).</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="34"/>
        <source>Name the preset with --preset, or map the columns in a mapping file (--mapping).</source>
        <translation>Indique el preajuste con --preset o asigne las columnas en un archivo de asignación (--mapping).</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="136"/>
        <source>the dates of column &apos;%1&apos; (%2) read as %3 alike</source>
        <translation>las fechas de la columna «%1» (%2) se pueden leer igualmente como %3</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="139"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportScan.cpp" line="142"/>
        <source>Say which with --date-format mdy or --date-format dmy.</source>
        <translation>Indique cuál con --date-format mdy o --date-format dmy.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportDraft.cpp" line="354"/>
        <source>has not been read to the end yet</source>
        <translation>aún no se ha leído hasta el final</translation>
    </message>
    <message>
        <location filename="../core/import/ImportDraft.cpp" line="356"/>
        <source>Go back to the column mapping and on again.</source>
        <translation>Vuelva a la asignación de columnas y avance de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportDraft.cpp" line="363"/>
        <source>Choose the column&apos;s date format on the Dates page.</source>
        <translation>Elija el formato de fecha de la columna en la página Formatos de fecha.</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="41"/>
        <source>counts as events a column &apos;%1&apos; the file does not have</source>
        <translation>cuenta como eventos una columna «%1» que el archivo no tiene</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="44"/>
        <source>Name one of its columns: %1.</source>
        <translation>Indique una de sus columnas: %1.</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="55"/>
        <source>&apos;%1&apos; (for the counts of &apos;%2&apos;) is not an activity type of the workspace</source>
        <translation>«%1» (para los recuentos de «%2») no es un tipo de actividad del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="83"/>
        <source>%1: &apos;%2&apos; is not a count (a whole number, zero or more)</source>
        <translation>%1: «%2» no es un recuento (un número entero, cero o mayor)</translation>
    </message>
    <message>
        <location filename="../core/import/CountEvents.cpp" line="87"/>
        <source>%1: %2 is more than the %3 events a row may make (--count-as-events)</source>
        <translation>%1: %2 supera los %3 eventos que puede generar una fila (--count-as-events)</translation>
    </message>
    <message>
        <location filename="../core/import/StageCells.cpp" line="33"/>
        <source>&apos;%1&apos; is not a yes/no value (1/0, true/false, yes/no, won/lost)</source>
        <translation>«%1» no es un valor sí/no (1/0, true/false, yes/no, won/lost)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="32"/>
        <source>the import was cancelled; nothing was written</source>
        <translation>la importación se canceló; no se escribió nada</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="58"/>
        <source>a write outside any import</source>
        <translation>una escritura fuera de cualquier importación</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="66"/>
        <location filename="../core/import/ImportUndo.cpp" line="192"/>
        <source>import %1 (%2)</source>
        <translation>importación %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="69"/>
        <source>import %1</source>
        <translation>importación %1</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="185"/>
        <source>there is no import %1 in this workspace</source>
        <translation>no existe la importación %1 en este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="187"/>
        <source>`leadstage import history` and the Workspace page&apos;s import history list the imports by number.</source>
        <translation>`leadstage import history` y el historial de importaciones de la página Espacio de trabajo enumeran las importaciones por número.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="197"/>
        <source>%1 was undone already, on %2</source>
        <translation>%1 ya se deshizo, el %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="199"/>
        <source>An import is undone once; import the file again to bring its rows back.</source>
        <translation>Una importación solo se puede deshacer una vez; importe el archivo de nuevo para recuperar sus filas.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="202"/>
        <source>%1 cannot be undone: it was made by an older LeadStage (before workspace version 9), which did not record the leads it created or the values it replaced</source>
        <translation>%1 no se puede deshacer: la hizo una versión anterior de LeadStage (antes de la versión 9 del espacio de trabajo), que no registraba los leads que creaba ni los valores que sustituía</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="208"/>
        <source>Only imports made since the workspace was upgraded can be undone.</source>
        <translation>Solo se pueden deshacer las importaciones hechas desde que se actualizó el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="211"/>
        <source>%1 cannot be undone: it never finished</source>
        <translation>%1 no se puede deshacer: nunca terminó</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="256"/>
        <source>%1 cannot be undone: a later import built on it: %2</source>
        <translation>%1 no se puede deshacer: una importación posterior se basó en ella: %2</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="260"/>
        <source>Those rows were not imported; they cannot be undone.</source>
        <translation>Esas filas no se importaron; no se pueden deshacer.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="261"/>
        <source>Undo %1 first, then this one.</source>
        <translation>Deshaga primero %1 y después esta.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="284"/>
        <source>import %1 cannot be undone: lead %2 would get its %3 back, which lead %4 holds now</source>
        <translation>la importación %1 no se puede deshacer: el lead %2 recuperaría su %3, que ahora tiene el lead %4</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="291"/>
        <source>Change or remove lead %1&apos;s value first.</source>
        <translation>Cambie o quite antes el valor del lead %1.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportUndo.cpp" line="384"/>
        <location filename="../core/import/ImportUndo.cpp" line="423"/>
        <source>the undo was cancelled; nothing was changed</source>
        <translation>se canceló la acción de deshacer; no se cambió nada</translation>
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
        <translation>Generación de IQL</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="29"/>
        <source>IQL → MQL conversion (180 days)</source>
        <translation>Conversión IQL → MQL (180 días)</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="31"/>
        <source>Median time to MQL</source>
        <translation>Tiempo mediano hasta MQL</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="33"/>
        <source>Engagement rate</source>
        <translation>Tasa de engagement</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="66"/>
        <source>no final period yet</source>
        <translation>aún no hay un periodo cerrado</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="69"/>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="72"/>
        <source>no previous period</source>
        <translation>sin periodo anterior</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="76"/>
        <source>Band %1</source>
        <translation>Rango %1</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="78"/>
        <source>Band %1 (all leads only)</source>
        <translation>Rango %1 (solo para el conjunto de los leads)</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="80"/>
        <source>Band %1 (judged per month)</source>
        <translation>Rango %1 (evaluado por mes)</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="82"/>
        <source>Below</source>
        <translation>Por debajo del</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="83"/>
        <source>Within</source>
        <translation>Dentro del</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="84"/>
        <source>Above</source>
        <translation>Por encima del</translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="85"/>
        <source>%1 band %2</source>
        <translation>%1 rango %2</translation>
    </message>
</context>
<context>
    <name>LeadCsvExport</name>
    <message>
        <location filename="../core/explore/LeadCsvExport.cpp" line="40"/>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
</context>
<context>
    <name>LeadLabel</name>
    <message>
        <location filename="../core/explore/LeadLabel.cpp" line="12"/>
        <source>Lead #%1</source>
        <translation>Lead n.º %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="29"/>
        <source>About LeadStage</source>
        <translation>Acerca de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;LeadStage %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;LeadStage %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="34"/>
        <source>Scores leads with rules you edit, places them in lifecycle stages and charts the IQL dashboard and the quarterly funnel report.&lt;br&gt;&lt;br&gt;Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Puntúa los leads con reglas que usted edita, los sitúa en etapas del ciclo de vida y representa el panel de IQL y el informe trimestral del embudo.&lt;br&gt;&lt;br&gt;Software libre bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior: puede compartirlo y modificarlo según sus términos. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="45"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="45"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="45"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="59"/>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="71"/>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
</context>
<context>
    <name>LeadStage::ActivityPicker</name>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="21"/>
        <source>The activity key the rule scores, with its events in this workspace; type a key that is not listed yet</source>
        <translation>La clave de actividad que puntúa la regla, con sus eventos en este espacio de trabajo; escriba una clave que aún no esté en la lista</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="30"/>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="30"/>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="31"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="32"/>
        <source>%1 · %2 track · %3</source>
        <translation>%1 · recorrido %2 · %3</translation>
    </message>
</context>
<context>
    <name>LeadStage::BackTestView</name>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="73"/>
        <source>%1 recorded by the CRM</source>
        <translation>%1 registrado por el CRM</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="76"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="78"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="80"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="94"/>
        <source>Band</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="95"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="139"/>
        <source>The model whose gains, bands and stages the tables show</source>
        <translation>El modelo cuyas ganancias, tramos y etapas muestran las tablas</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="151"/>
        <source>Tables for</source>
        <translation>Tablas para</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="155"/>
        <source>Outcome rate by score band</source>
        <translation>Tasa de resultado por tramo de puntuación</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="159"/>
        <source>Outcome rate by stage at the moment</source>
        <translation>Tasa de resultado por etapa en el momento elegido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="184"/>
        <source>Gains by score decile, highest scores first</source>
        <translation>Ganancias por decil de puntuación, las puntuaciones más altas primero</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="221"/>
        <source>Open These Leads in the Explorer</source>
        <translation>Abrir estos leads en el explorador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="260"/>
        <source>at IQL entry</source>
        <translation>al entrar en IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="262"/>
        <source>at MQL entry</source>
        <translation>al entrar en MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="264"/>
        <source>at the analysis date (snapshot)</source>
        <translation>en la fecha de análisis (instantánea)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="265"/>
        <source>as of %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="272"/>
        <source>No lead in this workspace has an outcome yet: without SQL, opportunity or customer dates there is nothing to check the score against. Import the CRM&apos;s outcomes (File → Import…, a file with the leads&apos; SQL, opportunity or customer dates), then come back here.</source>
        <translation>Ningún lead de este espacio de trabajo tiene aún un resultado: sin fechas de SQL, oportunidad o cliente no hay nada con lo que contrastar la puntuación. Importe los resultados del CRM (Archivo → Importar…, un archivo con las fechas de SQL, oportunidad o cliente de los leads) y vuelva aquí.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="276"/>
        <source>No lead in this workspace reached %1 (%2 reached SQL or a later stage). Choose an earlier outcome, or import the %1 dates.</source>
        <translation>Ningún lead de este espacio de trabajo alcanzó %1 (%2 alcanzaron SQL o una etapa posterior). Elija un resultado anterior o importe las fechas de %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="283"/>
        <source>No lead was scored %1: %2 Choose another moment.</source>
        <translation>Ningún lead se puntuó %1: %2 Elija otro momento.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="286"/>
        <source>None of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to rank. Choose an earlier date, a longer horizon or an earlier outcome.</source>
        <translation>Ninguno de los %1 leads puntuados %2 alcanzó %3 en %4 días, así que no hay nada que ordenar. Elija una fecha anterior, un horizonte más largo o un resultado anterior.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="290"/>
        <source>Every one of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to tell apart. Choose a shorter horizon or a later outcome.</source>
        <translation>Todos los %1 leads puntuados %2 alcanzaron %3 en %4 días, así que no hay nada que distinguir. Elija un horizonte más corto o un resultado posterior.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="300"/>
        <source>%1 created after the date</source>
        <translation>%1 creados después de la fecha</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="302"/>
        <source>%1 reached the outcome before the moment</source>
        <translation>%1 alcanzaron el resultado antes del momento elegido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="304"/>
        <source>%1 never reached the stage</source>
        <translation>%1 nunca alcanzaron la etapa</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="306"/>
        <source>%1 too recent for the whole horizon</source>
        <translation>%1 demasiado recientes para todo el horizonte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="308"/>
        <source>%1 with an outcome without a date (the snapshot counts them)</source>
        <translation>%1 con un resultado sin fecha (la instantánea los cuenta)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="310"/>
        <source>%1 in the workspace, %2 scored</source>
        <translation>%1 en el espacio de trabajo, %2 puntuados</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="462"/>
        <source>%1 under %2 and %3 under %4, %5: %6</source>
        <translation>%1 según %2 y %3 según %4, %5: %6</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="515"/>
        <source>%1 under %2, %3: %4, %5 reached %6 within %7 days</source>
        <translation>%1 según %2, %3: %4, %5 alcanzaron %6 en un plazo de %7 días</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="312"/>
        <source>; left out: %1.</source>
        <translation>; excluidos: %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="321"/>
        <source>Check a model to back-test it.</source>
        <translation>Marque un modelo para hacerle una prueba retrospectiva.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="338"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (or a later stage) at any time, each lead scored %2 with all its events. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (o una etapa posterior) en cualquier momento, cada lead puntuado %2 con todos sus eventos. </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="340"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (or a later stage) within %2 days, each lead scored %3 with its events up to then. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (o una etapa posterior) en %2 días, cada lead puntuado %3 con sus eventos hasta entonces. </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="347"/>
        <source>At stage entry each model finds its own moments: these counts are the reference&apos;s.</source>
        <translation>Al entrar en una etapa, cada modelo encuentra sus propios momentos: estos recuentos son los de la referencia.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="350"/>
        <source>Optimistic: a snapshot scores every lead with events that may have come after its outcome, so leakage cannot be ruled out and these figures are an upper bound.</source>
        <translation>Optimista: una instantánea puntúa cada lead con eventos que pueden ser posteriores a su resultado, así que no se puede descartar una fuga de información y estas cifras son un máximo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="356"/>
        <source>Provisional: the horizon runs past the analysis date %1, so outcomes still to come count as negatives.</source>
        <translation>Provisional: el horizonte va más allá de la fecha de análisis %1, así que los resultados aún por llegar cuentan como negativos.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="417"/>
        <source>Choose another model under Tables for to see, lead by lead, the stage each model gives at the moment.</source>
        <translation>Elija otro modelo en «Tablas para» para ver, lead por lead, la etapa que cada modelo asigna en el momento elegido.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="422"/>
        <source>At stage entry each model scores its own leads at its own moments, so there is no lead-by-lead comparison of stages.</source>
        <translation>Al entrar en una etapa, cada modelo puntúa sus propios leads en sus propios momentos, así que no hay una comparación de etapas lead por lead.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="438"/>
        <source>Stage at the moment: %1 (rows) against %2 (columns)</source>
        <translation>Etapa en el momento elegido: %1 (filas) frente a %2 (columnas)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="439"/>
        <source>%1 of %2 scored leads are in another stage. Double-click a cell off the diagonal to open its leads.</source>
        <translation>%1 de %2 leads puntuados están en otra etapa. Haga doble clic en una celda fuera de la diagonal para abrir sus leads.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="527"/>
        <source>Decile %1 (scores %2)</source>
        <translation>Decil %1 (puntuaciones %2)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="538"/>
        <source>Scores %1</source>
        <translation>Puntuaciones %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="546"/>
        <source>%1 at the moment</source>
        <translation>%1 en el momento elegido</translation>
    </message>
</context>
<context>
    <name>LeadStage::BandTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="70"/>
        <source>Double-click to open them in the lead explorer: %1</source>
        <translation>Haga doble clic para abrirlos en el explorador de leads: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="84"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="86"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="88"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
</context>
<context>
    <name>LeadStage::CapacityPanel</name>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="55"/>
        <source>Sales can work</source>
        <translation>Ventas puede atender</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="57"/>
        <source>Catch at least</source>
        <translation>Captar al menos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="70"/>
        <source>Use proposed threshold</source>
        <translation>Usar el umbral propuesto</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="88"/>
        <source> MQLs a month</source>
        <translation> MQL al mes</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="91"/>
        <source> % of eventual outcomes</source>
        <translation> % de los resultados finales</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="95"/>
        <source>over the last </source>
        <translation>en los últimos </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="96"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="97"/>
        <source>MQLs are counted over these 30-day months up to the analysis date</source>
        <translation>Los MQL se cuentan en estos meses de 30 días hasta la fecha de análisis</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="110"/>
        <source>MQL threshold (points)</source>
        <translation>Umbral MQL (puntos)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="111"/>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="113"/>
        <source>MQLs a month</source>
        <translation>MQL al mes</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="112"/>
        <source>precision, recall (%)</source>
        <translation>precisión, exhaustividad (%)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="116"/>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="119"/>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="217"/>
        <source>Computing the capacity curve…</source>
        <translation>Calculando la curva de capacidad…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="302"/>
        <source>Now, at MQL ≥ %1: %2 MQLs a month over the last %n month(s), precision %3, recall %4 (%5 of %6 outcomes; back-test of %7 leads).</source>
        <translation>
            <numerusform>Ahora, con MQL ≥ %1: %2 MQL al mes en el último mes (%n), precisión %3, exhaustividad %4 (%5 de %6 resultados; prueba retrospectiva de %7 leads).</numerusform>
            <numerusform>Ahora, con MQL ≥ %1: %2 MQL al mes en los últimos %n meses, precisión %3, exhaustividad %4 (%5 de %6 resultados; prueba retrospectiva de %7 leads).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="310"/>
        <source>Open a workspace with outcomes to see the capacity curve.</source>
        <translation>Abra un espacio de trabajo con resultados para ver la curva de capacidad.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="336"/>
        <source>Give what sales can work a month, the share of outcomes to catch, or both.</source>
        <translation>Indique lo que ventas puede atender al mes, la parte de los resultados que captar, o ambas cosas.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="339"/>
        <source>%1 MQLs a month, precision %2, recall %3</source>
        <translation>%1 MQL al mes, precisión %2, exhaustividad %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="344"/>
        <source>Proposed: MQL ≥ %1, the lowest threshold from which MQLs stay within %2 a month: %3.</source>
        <translation>Propuesto: MQL ≥ %1, el umbral más bajo a partir del cual los MQL se mantienen en %2 al mes: %3.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="350"/>
        <source>Proposed: MQL ≥ %1 meets both: %2.</source>
        <translation>Propuesto: MQL ≥ %1 cumple ambas cosas: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="353"/>
        <source>Proposed: MQL ≥ %1, the highest threshold that still catches %2: %3.</source>
        <translation>Propuesto: MQL ≥ %1, el umbral más alto que aún capta %2: %3.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="358"/>
        <source>No threshold meets both. Sales&apos; capacity wins: MQL ≥ %1 keeps within %2 a month but catches only %3 of the outcomes (%4 asked): %5.</source>
        <translation>Ningún umbral cumple ambas cosas. Prevalece la capacidad de ventas: MQL ≥ %1 se mantiene en %2 al mes, pero solo capta %3 de los resultados (%4 pedido): %5.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="366"/>
        <source>No threshold keeps MQLs within %1 a month: triggers and the ICP threshold make MQLs whatever the threshold (%2 a month at the highest).</source>
        <translation>Ningún umbral mantiene los MQL en %1 al mes: los disparadores y el umbral ICP generan MQL sea cual sea el umbral (%2 al mes con el más alto).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="370"/>
        <source>No threshold catches %1 of the outcomes: even the lowest catches %2.</source>
        <translation>Ningún umbral capta %1 de los resultados: incluso el más bajo solo capta %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="397"/>
        <source>MQL ≥ %1
%2 MQLs a month (%3 in %n month(s))
precision %4 (%5 of %6 MQLs reached the outcome)
recall %7 (%5 of %8 outcomes)</source>
        <translation>
            <numerusform>MQL ≥ %1
%2 MQL al mes (%3 en %n mes)
precisión %4 (%5 de %6 MQL alcanzaron el resultado)
exhaustividad %7 (%5 de %8 resultados)</numerusform>
            <numerusform>MQL ≥ %1
%2 MQL al mes (%3 en %n meses)
precisión %4 (%5 de %6 MQL alcanzaron el resultado)
exhaustividad %7 (%5 de %8 resultados)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ChartPanel</name>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="56"/>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="77"/>
        <source>No lead to show: the workspace holds none yet, or the filter selects none.</source>
        <translation>Ningún lead que mostrar: el espacio de trabajo aún no contiene ninguno, o el filtro no selecciona ninguno.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="114"/>
        <source>LeadStage dashboard chart</source>
        <translation>Gráfico del panel de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="129"/>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="130"/>
        <source>Export as SVG…</source>
        <translation>Exportar como SVG…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="132"/>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="138"/>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="138"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="140"/>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="144"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="144"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>LeadStage::CohortHeatMap</name>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="14"/>
        <source>IQL → MQL conversion by cohort</source>
        <translation>Conversión IQL → MQL por cohorte</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="20"/>
        <source>% converted</source>
        <translation>% convertido</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="35"/>
        <source>Months of 30 days since IQL (6 = the 180-day conversion)</source>
        <translation>Meses de 30 días desde el IQL (6 = la conversión a 180 días)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="60"/>
        <source>No cohort to follow: none of the selected leads reached IQL in the periods shown.</source>
        <translation>Ninguna cohorte que seguir: ninguno de los leads seleccionados alcanzó IQL en los periodos mostrados.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="107"/>
        <source>IQLs of %1 at MQL within %2 days</source>
        <translation>IQL de %1 convertidos en MQL en %2 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="118"/>
        <source>Cohort %1 (%2 IQLs)
within %3 days: %4 MQL = %5</source>
        <translation>Cohorte %1 (%2 IQL)
en %3 días: %4 MQL = %5</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="123"/>
        <source>not final: those days have not all passed</source>
        <translation>no definitivo: aún no han pasado todos esos días</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="125"/>
        <source>provisional cohort</source>
        <translation>cohorte provisional</translation>
    </message>
</context>
<context>
    <name>LeadStage::ConditionEditor</name>
    <message>
        <location filename="../ui/ruleeditor/ConditionEditor.cpp" line="30"/>
        <source>A lead field, or the name of an extra column kept in the lead&apos;s attrs; attrs.NAME always means the extra column, also when a lead field has its name</source>
        <translation>Un campo del lead, o el nombre de una columna adicional guardada en los attrs del lead; attrs.NOMBRE siempre se refiere a la columna adicional, también cuando un campo del lead tiene ese nombre</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ConditionEditor.cpp" line="35"/>
        <source>= and != compare text (case-insensitive) or numbers; in: one of a list; contains: any of the words; &gt;=, &lt;=, between: numbers; empty: the field has no value</source>
        <translation>= y != comparan texto (sin distinguir mayúsculas) o números; in: uno de una lista; contains: cualquiera de las palabras; &gt;=, &lt;=, between: números; empty: el campo no tiene valor</translation>
    </message>
</context>
<context>
    <name>LeadStage::CountEventsChoices</name>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="16"/>
        <source>Count columns as events</source>
        <translation>Contar columnas como eventos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="20"/>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="22"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="26"/>
        <source>For exports without event history: a column holding a count per lead (&quot;TotalVisits&quot;, &quot;Emails Opened&quot;) becomes that many events of an activity, dated at the lead&apos;s created date, so rules on that activity score them.</source>
        <translation>Para exportaciones sin historial de eventos: una columna con un recuento por lead («TotalVisits», «Emails Opened») se convierte en otros tantos eventos de una actividad, con la fecha de creación del lead, para que las reglas sobre esa actividad los puntúen.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="30"/>
        <source>A column no field takes (kept as attribute or ignored) whose cells are whole counts; a cell that is not a count, or a count over %1, rejects its row</source>
        <translation>Una columna que ningún campo recoge (guardada como atributo o ignorada) cuyas celdas son recuentos enteros; una celda que no es un recuento, o un recuento superior a %1, rechaza su fila</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="34"/>
        <source>The workspace&apos;s activity the counted events are of</source>
        <translation>La actividad del espacio de trabajo a la que pertenecen los eventos contados</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="36"/>
        <source>Turn the column&apos;s counts into events of the activity</source>
        <translation>Convertir los recuentos de la columna en eventos de la actividad</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="38"/>
        <source>Columns that become events in this import</source>
        <translation>Columnas que se convierten en eventos en esta importación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="41"/>
        <source>The selected column is imported as before, without events</source>
        <translation>La columna seleccionada se importa como antes, sin eventos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="45"/>
        <source>Column:</source>
        <translation>Columna:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="47"/>
        <source>becomes that many events of:</source>
        <translation>se convierte en otros tantos eventos de:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="117"/>
        <source>%1 → events of %2</source>
        <translation>%1 → eventos de %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="125"/>
        <source>None: every column is imported as mapped above.</source>
        <translation>Ninguna: cada columna se importa según la asignación de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="126"/>
        <source>Each count becomes that many events at the lead&apos;s created date; importing the file again adds only what a grown count adds.</source>
        <translation>Cada recuento se convierte en otros tantos eventos en la fecha de creación del lead; al importar de nuevo el archivo solo se añade lo que aporta un recuento que ha crecido.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="130"/>
        <source>%1 feeds a field or is not in this file: remove it here or map it to no field.</source>
        <translation>%1 alimenta un campo o no está en este archivo: quítela aquí o no la asigne a ningún campo.</translation>
    </message>
</context>
<context>
    <name>LeadStage::CsvPreviewModel</name>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="73"/>
        <source>Line %1 will be rejected: %2</source>
        <translation>La línea %1 se rechazará: %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="75"/>
        <source>&apos;%1&apos; is read as missing (not answered)</source>
        <translation>«%1» se lee como dato ausente (sin respuesta)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="91"/>
        <source>Rejected because</source>
        <translation>Rechazada porque</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="96"/>
        <source>Line %1 of the file</source>
        <translation>Línea %1 del archivo</translation>
    </message>
</context>
<context>
    <name>LeadStage::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="167"/>
        <source>Loading workspace…</source>
        <translation>Cargando el espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="223"/>
        <source>%1 selected</source>
        <translation>Selección: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="225"/>
        <source>%1 selected, as of %2</source>
        <translation>Selección: %1, a fecha de %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="237"/>
        <source>This workspace holds no leads yet. Import a CRM or marketing-automation export with File → Import (Ctrl+I), or drop the CSV files on this window.</source>
        <translation>Este espacio de trabajo aún no contiene leads. Importe una exportación de un CRM o de marketing automation con Archivo → Importar (Ctrl+I), o suelte los archivos CSV en esta ventana.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="240"/>
        <source>No lead matches the filter. Widen the date range or clear a filter above.</source>
        <translation>Ningún lead coincide con el filtro. Amplíe el intervalo de fechas o quite un filtro de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="243"/>
        <source>No IQL falls within the chosen dates (%1 selected by the other filters). Widen the date range, or untick it to see every period.</source>
        <translation>Ningún IQL cae dentro de las fechas elegidas (%1 seleccionados por los otros filtros). Amplíe el intervalo de fechas o desmárquelo para ver todos los periodos.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="247"/>
        <source>No lead has reached IQL under the active model (%1 selected). Widen the filter, or import their engagement events (File → Import).</source>
        <translation>Ningún lead ha alcanzado IQL con el modelo activo (%1 seleccionados). Amplíe el filtro o importe sus eventos de interacción (Archivo → Importar).</translation>
    </message>
</context>
<context>
    <name>LeadStage::DateEdit</name>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="20"/>
        <source>Type a date as %1, or pick one from the calendar</source>
        <translation>Escriba una fecha con el formato %1 o elija una en el calendario</translation>
    </message>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="92"/>
        <location filename="../ui/common/DateEdit.cpp" line="120"/>
        <source>“%1” is not a date: %2 is kept</source>
        <translation>«%1» no es una fecha: se mantiene %2</translation>
    </message>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="99"/>
        <source>“%1” cannot go there: type the date as %2, e.g. %3</source>
        <translation>«%1» no puede ir ahí: escriba la fecha con el formato %2, p. ej. %3</translation>
    </message>
</context>
<context>
    <name>LeadStage::DecayChart</name>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="27"/>
        <source>engagement of an idle lead</source>
        <translation>engagement de un lead inactivo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="29"/>
        <source>IQL threshold</source>
        <translation>Umbral IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="37"/>
        <source>days since the last event (30-day months)</source>
        <translation>días desde el último evento (meses de 30 días)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="40"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="60"/>
        <source>Day %1: %2 points</source>
        <translation>Día %1: %2 puntos</translation>
    </message>
</context>
<context>
    <name>LeadStage::DecayPanel</name>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="32"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="33"/>
        <source>Months (30 days each) without activity before the score starts to fall</source>
        <translation>Meses (de 30 días) sin actividad antes de que la puntuación empiece a bajar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="34"/>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="39"/>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="35"/>
        <source>no decay</source>
        <translation>sin decaimiento</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="36"/>
        <source>Points lost for each further full month of inactivity, never below zero</source>
        <translation>Puntos perdidos por cada mes completo adicional de inactividad, nunca por debajo de cero</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="40"/>
        <source>The engagement of the idle lead the chart follows (not part of the model)</source>
        <translation>El engagement del lead inactivo que sigue el gráfico (no forma parte del modelo)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="44"/>
        <source>&amp;Grace</source>
        <translation>&amp;Periodo de gracia</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="45"/>
        <source>&amp;Decay per month</source>
        <translation>&amp;Decaimiento por mes</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="46"/>
        <source>Decay</source>
        <translation>Decaimiento</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="49"/>
        <source>&amp;Start score</source>
        <translation>Puntuación &amp;inicial</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="50"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="93"/>
        <source>An idle lead at %1 points stays at or above the IQL threshold (%2) all year.</source>
        <translation>Un lead inactivo con %1 puntos se mantiene en el umbral IQL (%2) o por encima todo el año.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="94"/>
        <source>%1 points is below the IQL threshold (%2) already.</source>
        <translation>%1 puntos ya está por debajo del umbral IQL (%2).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="95"/>
        <source>An idle lead at %1 points falls below the IQL threshold (%2) on day %3.</source>
        <translation>Un lead inactivo con %1 puntos cae por debajo del umbral IQL (%2) el día %3.</translation>
    </message>
</context>
<context>
    <name>LeadStage::DecileTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="74"/>
        <source>Double-click to open them in the lead explorer: %1</source>
        <translation>Haga doble clic para abrirlos en el explorador de leads: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="76"/>
        <source>Tied scores stay together: this row holds a tie that crosses the end of a decile (or there are fewer than ten leads), so it covers deciles %1.
</source>
        <translation>Las puntuaciones empatadas se mantienen juntas: esta fila contiene un empate que cruza el límite de un decil (o hay menos de diez leads), así que abarca los deciles %1.
</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Decile</source>
        <translation>Decil</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Cum. gain</source>
        <translation>Ganancia acum.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Cum. lift</source>
        <translation>Lift acum.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="92"/>
        <source>Tenths of the scored leads, highest scores first</source>
        <translation>Décimas partes de los leads puntuados, las puntuaciones más altas primero</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="93"/>
        <source>The highest and lowest score in the row</source>
        <translation>La puntuación más alta y la más baja de la fila</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="94"/>
        <source>Leads in the row</source>
        <translation>Leads de la fila</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="95"/>
        <source>Of them, leads that reached the outcome</source>
        <translation>De ellos, los leads que alcanzaron el resultado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="96"/>
        <source>Outcomes / leads</source>
        <translation>Resultados / leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="97"/>
        <source>The row&apos;s rate / the overall rate</source>
        <translation>Tasa de la fila / tasa global</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="98"/>
        <source>The share of all outcomes found in this row and the ones above</source>
        <translation>La parte de todos los resultados encontrada en esta fila y las de arriba</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="99"/>
        <source>The rate so far / the overall rate</source>
        <translation>Tasa acumulada / tasa global</translation>
    </message>
</context>
<context>
    <name>LeadStage::DraftTablePanel</name>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="34"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="35"/>
        <source>Add a %1 below the selected one</source>
        <translation>Añadir debajo del elemento seleccionado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="36"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="37"/>
        <source>Delete the selected %1</source>
        <translation>Eliminar el elemento seleccionado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="52"/>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="53"/>
        <source>Try this %1 earlier (the first that holds wins)</source>
        <translation>Probar este elemento (%1) antes (gana el primero que se cumple)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="55"/>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="56"/>
        <source>Try this %1 later</source>
        <translation>Probar este elemento (%1) después</translation>
    </message>
</context>
<context>
    <name>LeadStage::EngagementChart</name>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="15"/>
        <source>Engagement rate of IQLs</source>
        <translation>Tasa de engagement de los IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="38"/>
        <source>Shaded: reference band 35–50 %</source>
        <translation>Sombreado: rango de referencia 35–50 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="46"/>
        <source>IQLs with an event in the month (%)</source>
        <translation>IQL con un evento en el mes (%)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="60"/>
        <source>No selected lead was an IQL in any month shown: no engagement rate to draw.</source>
        <translation>Ningún lead seleccionado fue IQL en ninguno de los meses mostrados: no hay tasa de engagement que dibujar.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="105"/>
        <source>IQLs engaged in %1</source>
        <translation>IQL con engagement en %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="114"/>
        <source>%1: %2 of %3 IQLs engaged = %4</source>
        <translation>%1: %2 de %3 IQL con engagement = %4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="118"/>
        <source>partial month: the analysis date falls inside it</source>
        <translation>mes parcial: la fecha de análisis cae dentro de él</translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluatePanel</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="50"/>
        <source>Could not read the CRM&apos;s recorded stages: %1. %2</source>
        <translation>No se pudieron leer las etapas registradas por el CRM: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="78"/>
        <source>Back-testing: scoring each lead with its events up to the moment…</source>
        <translation>Prueba retrospectiva: puntuando cada lead con sus eventos hasta el momento elegido…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="82"/>
        <source>Back-test</source>
        <translation>Prueba retrospectiva</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="83"/>
        <source>How well each checked model ranks the leads that reached the outcome</source>
        <translation>Lo bien que cada modelo marcado ordena los leads que alcanzaron el resultado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="122"/>
        <source>Could not read the workspace&apos;s leads and events: %1. %2</source>
        <translation>No se pudieron leer los leads y eventos del espacio de trabajo: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="141"/>
        <source>Open a workspace to back-test its scoring model against its outcomes.</source>
        <translation>Abra un espacio de trabajo para hacer una prueba retrospectiva de su modelo de puntuación con sus resultados.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="145"/>
        <source>Reading the workspace…</source>
        <translation>Leyendo el espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="232"/>
        <source>Could not read the saved models: %1. %2</source>
        <translation>No se pudieron leer los modelos guardados: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="246"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="247"/>
        <source>Draft (unsaved changes)</source>
        <translation>Borrador (cambios sin guardar)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="248"/>
        <source>Draft (same as %1)</source>
        <translation>Borrador (igual que %1)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="286"/>
        <source>Check a model on the left to back-test it against the workspace&apos;s outcomes.</source>
        <translation>Marque un modelo a la izquierda para hacerle una prueba retrospectiva con los resultados del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="310"/>
        <source>Could not back-test: %1. %2</source>
        <translation>No se pudo hacer la prueba retrospectiva: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="335"/>
        <source>Reading the workspace&apos;s leads and events…</source>
        <translation>Leyendo los leads y eventos del espacio de trabajo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="342"/>
        <source>Back-testing %n model(s): scoring each lead with its events up to the moment…</source>
        <translation>
            <numerusform>Prueba retrospectiva de %n modelo: puntuando cada lead con sus eventos hasta el momento elegido…</numerusform>
            <numerusform>Prueba retrospectiva de %n modelos: puntuando cada lead con sus eventos hasta el momento elegido…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="347"/>
        <source>Back-testing…</source>
        <translation>Prueba retrospectiva…</translation>
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
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="83"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="86"/>
        <source>%1 (CRM)</source>
        <translation>%1 (CRM)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="87"/>
        <source>The outcome the score should predict; reaching a later stage counts too. “(CRM)”: the lifecycle stage the CRM&apos;s export recorded, instead of the outcomes table</source>
        <translation>El resultado que la puntuación debe predecir; alcanzar una etapa posterior también cuenta. «(CRM)»: la etapa del ciclo de vida registrada en la exportación del CRM, en lugar de la tabla de resultados</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="90"/>
        <source>As of a date</source>
        <translation>En una fecha</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="91"/>
        <source>At IQL entry</source>
        <translation>Al entrar en IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="92"/>
        <source>At MQL entry</source>
        <translation>Al entrar en MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="93"/>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="94"/>
        <source>As of a date: every lead scored with its events up to that date. At IQL or MQL entry: each lead scored when it reached the stage. Snapshot: every lead scored at the analysis date, for outcomes known only as a yes/no flag; optimistic, as leakage cannot be ruled out</source>
        <translation>En una fecha: cada lead se puntúa con sus eventos hasta esa fecha. Al entrar en IQL o MQL: cada lead se puntúa cuando alcanza la etapa. Instantánea: cada lead se puntúa en la fecha de análisis, para resultados conocidos solo como un indicador sí/no; optimista, porque no se puede descartar una fuga de información</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="99"/>
        <source>Leads are scored with their events up to the end of this day (UTC); an outcome in the horizon after it counts</source>
        <translation>Los leads se puntúan con sus eventos hasta el final de este día (UTC); cuenta un resultado posterior dentro del horizonte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="102"/>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="103"/>
        <source>The latest date whose whole horizon lies within the data: the analysis date minus the horizon</source>
        <translation>La fecha más reciente cuyo horizonte completo cabe en los datos: la fecha de análisis menos el horizonte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="107"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="108"/>
        <source>How long after the moment an outcome counts</source>
        <translation>Cuánto tiempo después del momento elegido cuenta un resultado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="112"/>
        <source>Check the models to compare. The first checked is the reference the others are compared with: drag a model up to make it the reference</source>
        <translation>Marque los modelos que comparar. El primero marcado es la referencia con la que se comparan los demás: arrastre un modelo hacia arriba para convertirlo en la referencia</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="124"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="125"/>
        <source>Scored</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="126"/>
        <source>As of</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="127"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="131"/>
        <source>Back-test</source>
        <translation>Prueba retrospectiva</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="134"/>
        <source>Models to compare</source>
        <translation>Modelos que comparar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="187"/>
        <source>Check a model to back-test it.</source>
        <translation>Marque un modelo para hacerle una prueba retrospectiva.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="189"/>
        <source>Check a second model to compare it with %1.</source>
        <translation>Marque un segundo modelo para compararlo con %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="191"/>
        <source>Compared with %1, the first checked. Drag to reorder.</source>
        <translation>Comparado con %1, el primero marcado. Arrastre para reordenar.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="225"/>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="319"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="230"/>
        <source>%1 (built-in, active)</source>
        <translation>%1 (integrado, activo)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="233"/>
        <source>%1 v%2 (active)</source>
        <translation>%1 v%2 (activo)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="233"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="235"/>
        <source>Saved %1 (id %2)%3</source>
        <translation>Guardado el %1 (id %2)%3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="241"/>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="247"/>
        <source>The draft as edited now</source>
        <translation>El borrador tal como está editado ahora</translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluationSummaryModel</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="52"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="56"/>
        <source>%1 to %2, %3</source>
        <translation>%1 a %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="58"/>
        <source>paired</source>
        <translation>emparejado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="58"/>
        <source>unpaired</source>
        <translation>no emparejado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="68"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="128"/>
        <source>Paired DeLong interval: both models scored the same leads at the same moments</source>
        <translation>Intervalo de DeLong emparejado: ambos modelos puntuaron los mismos leads en los mismos momentos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="129"/>
        <source>Unpaired interval √(SE₁² + SE₂²): each model found its own moments, so the leads differ</source>
        <translation>Intervalo no emparejado √(SE₁² + SE₂²): cada modelo encontró sus propios momentos, así que los leads difieren</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="132"/>
        <source>No interval without two outcomes and two leads without one</source>
        <translation>No hay intervalo sin dos resultados y dos leads sin resultado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>Scored leads</source>
        <translation>Leads puntuados</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Δ AUC</source>
        <translation>Δ AUC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Δ 95 % interval</source>
        <translation>Intervalo Δ del 95 %</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="143"/>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="143"/>
        <source>MQLs a month</source>
        <translation>MQL al mes</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="143"/>
        <source>MQL first</source>
        <translation>MQL antes</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="145"/>
        <source>Leads scored at the moment (the rest were left out: see the counts below)</source>
        <translation>Leads puntuados en el momento elegido (los demás quedaron excluidos: vea los recuentos de abajo)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="146"/>
        <source>Scored leads that reached the outcome within the horizon</source>
        <translation>Leads puntuados que alcanzaron el resultado dentro del horizonte</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="147"/>
        <source>Area under the ROC curve: the chance that a lead with the outcome scored higher than one without (ties count one half). 0.5 is a coin toss, 1 a perfect ranking</source>
        <translation>Área bajo la curva ROC: la probabilidad de que un lead con el resultado tenga una puntuación más alta que uno sin él (los empates cuentan la mitad). 0,5 es lanzar una moneda, 1 un orden perfecto</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="149"/>
        <source>DeLong&apos;s 95 % interval of the AUC</source>
        <translation>Intervalo de DeLong del 95 % del AUC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="150"/>
        <source>This model&apos;s AUC minus the reference&apos;s (the first column)</source>
        <translation>El AUC de este modelo menos el de la referencia (la primera columna)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="151"/>
        <source>The 95 % interval of the difference: paired when both scored the same leads</source>
        <translation>El intervalo del 95 % de la diferencia: emparejado cuando ambos puntuaron los mismos leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="152"/>
        <source>Leads that were MQL at the moment (by score or by a trigger)</source>
        <translation>Leads que eran MQL en el momento elegido (por puntuación o por un disparador)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="153"/>
        <source>Of the MQLs, the share that reached the outcome</source>
        <translation>De los MQL, la parte que alcanzó el resultado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="154"/>
        <source>Of the outcomes, the share that was MQL at the moment</source>
        <translation>De los resultados, la parte que era MQL en el momento elegido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="155"/>
        <source>Leads that became MQL in the last six 30-day months up to the analysis date, per month (the capacity sales needs at this model&apos;s threshold)</source>
        <translation>Leads que se convirtieron en MQL en los últimos seis meses de 30 días hasta la fecha de análisis, por mes (la capacidad que ventas necesita con el umbral de este modelo)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="157"/>
        <source>Of the outcomes, how many reached MQL at or before the outcome (in a replay to the analysis date)</source>
        <translation>De los resultados, cuántos alcanzaron MQL en el momento del resultado o antes (en una reproducción hasta la fecha de análisis)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="171"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="179"/>
        <source>The reference: the other models are compared with it</source>
        <translation>La referencia: los demás modelos se comparan con ella</translation>
    </message>
</context>
<context>
    <name>LeadStage::EventTableModel</name>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="56"/>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="58"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="60"/>
        <source>Track</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="62"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>LeadStage::ExplorerColumnChooser</name>
    <message>
        <location filename="../ui/explorer/ExplorerColumnChooser.cpp" line="95"/>
        <source>Columns of the imported file</source>
        <translation>Columnas del archivo importado</translation>
    </message>
</context>
<context>
    <name>LeadStage::ExplorerFilterBar</name>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="19"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="34"/>
        <source>Search name, e-mail or company</source>
        <translation>Buscar nombre, correo electrónico o empresa</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="44"/>
        <source>The field the text beside it is looked for in</source>
        <translation>El campo en el que se busca el texto de al lado</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="45"/>
        <source>CRM id</source>
        <translation>Id de CRM</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="47"/>
        <source>contains…</source>
        <translation>contiene…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="54"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="56"/>
        <source>Grade</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="58"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>LeadStage::FilterPanel</name>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="27"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="29"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="31"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="33"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="50"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="52"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="55"/>
        <source>Grade</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="56"/>
        <source>Clear Filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="65"/>
        <source>Clear every filter: all dates, values and grades (%1)</source>
        <translation>Quitar todos los filtros: fechas, valores y categorías (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="70"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="71"/>
        <source>Save the filter under a name, or pick a saved one</source>
        <translation>Guardar el filtro con un nombre o elegir uno guardado</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="77"/>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="78"/>
        <source>By quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="279"/>
        <source>No saved views yet</source>
        <translation>Aún no hay vistas guardadas</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="281"/>
        <source>Save Current Filter As…</source>
        <translation>Guardar el filtro actual como…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="283"/>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="306"/>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="309"/>
        <source>Rename View</source>
        <translation>Cambiar el nombre de la vista</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="284"/>
        <source>Delete View</source>
        <translation>Eliminar la vista</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="296"/>
        <source>Save View</source>
        <translation>Guardar la vista</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="297"/>
        <source>Name for the current filter (a view of that name is replaced):</source>
        <translation>Nombre para el filtro actual (se sustituye una vista con ese nombre):</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="306"/>
        <source>New name for “%1”:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="310"/>
        <source>“%1” was not renamed: the name is empty or another view has it.</source>
        <translation>«%1» no se renombró: el nombre está vacío o ya lo tiene otra vista.</translation>
    </message>
</context>
<context>
    <name>LeadStage::FitPanel</name>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="29"/>
        <source>New fit rule</source>
        <translation>Nueva regla de ajuste</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="32"/>
        <source>Fit Rule</source>
        <translation>Regla de ajuste</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="41"/>
        <source> fit points</source>
        <translation> puntos de ajuste</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="42"/>
        <source>Grade A from this many fit points (at most 100)</source>
        <translation>Categoría A a partir de estos puntos de ajuste (100 como máximo)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="43"/>
        <source>Grade B from this many fit points (below A)</source>
        <translation>Categoría B a partir de estos puntos de ajuste (por debajo de A)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="44"/>
        <source>Grade C from this many fit points (below B); below C is D</source>
        <translation>Categoría C a partir de estos puntos de ajuste (por debajo de B); por debajo de C es D</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="46"/>
        <source>Grade &amp;A from</source>
        <translation>Categoría &amp;A desde</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="47"/>
        <source>Grade &amp;B from</source>
        <translation>Categoría &amp;B desde</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="48"/>
        <source>Grade &amp;C from</source>
        <translation>Categoría &amp;C desde</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="49"/>
        <source>Fit points are summed over the rules and clamped to 0–100. Grades A and B are ICP fit: they use the lower ICP MQL threshold when it is set.</source>
        <translation>Los puntos de ajuste se suman en todas las reglas y se limitan a 0–100. Las categorías A y B son ajuste al ICP: usan el umbral MQL ICP, más bajo, cuando está definido.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="55"/>
        <source>Grade boundaries</source>
        <translation>Límites de las categorías</translation>
    </message>
</context>
<context>
    <name>LeadStage::FitRuleTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Fit rule</source>
        <translation>Regla de ajuste</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="31"/>
        <source>What the rule says about the lead&apos;s firmographics</source>
        <translation>Lo que dice la regla sobre los datos de empresa del lead</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="32"/>
        <source>A condition on a lead field: industry, employees, country, job title, e-mail domain …</source>
        <translation>Una condición sobre un campo del lead: sector, empleados, país, cargo, dominio del correo …</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="33"/>
        <source>Fit points when the condition holds; the sum is clamped to 0–100 and graded A–D</source>
        <translation>Puntos de ajuste cuando se cumple la condición; la suma se limita a 0–100 y se clasifica de A a D</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln fit point(s) when %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln punto de ajuste si %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln puntos de ajuste si %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="84"/>
        <source>this column cannot be edited</source>
        <translation>esta columna no se puede editar</translation>
    </message>
</context>
<context>
    <name>LeadStage::FunnelChart</name>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="14"/>
        <source>Funnel: leads that reached each stage</source>
        <translation>Embudo: leads que alcanzaron cada etapa</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="35"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="73"/>
        <source>Leads that reached %1</source>
        <translation>Leads que alcanzaron %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="83"/>
        <source>%1: %2 ever reached, %3 there now</source>
        <translation>%1: %2 la alcanzaron alguna vez, %3 están ahora en ella</translation>
    </message>
</context>
<context>
    <name>LeadStage::GainsChart</name>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Leads taken, highest scores first</source>
        <translation>Leads tomados, las puntuaciones más altas primero</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Outcomes found (cumulative gain)</source>
        <translation>Resultados encontrados (ganancia acumulada)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Random order</source>
        <translation>Orden aleatorio</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="24"/>
        <source>No lead taken</source>
        <translation>Ningún lead tomado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="31"/>
        <source>Deciles 1–%1 (scores ≥ %2): %3 of the leads, %4 of the outcomes, cumulative lift %5</source>
        <translation>Deciles 1–%1 (puntuaciones ≥ %2): %3 de los leads, %4 de los resultados, lift acumulado %5</translation>
    </message>
</context>
<context>
    <name>LeadStage::GenerationChart</name>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="14"/>
        <source>IQL generation</source>
        <translation>Generación de IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="46"/>
        <source>None of the selected leads reached IQL in the periods shown.</source>
        <translation>Ninguno de los leads seleccionados alcanzó IQL en los periodos mostrados.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="65"/>
        <source>IQLs / month</source>
        <translation>IQL / mes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="65"/>
        <source>IQLs / quarter</source>
        <translation>IQL / trimestre</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="104"/>
        <source>%1: %2 IQLs</source>
        <translation>%1: %2 IQL</translation>
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
        <translation>&amp;Crear una actividad nueva para cada nombre que no tenga una (recorrido info, categoría Importada: vale 0 puntos hasta que una regla la use)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="28"/>
        <source>Activity names</source>
        <translation>Nombres de actividad</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="29"/>
        <source>Each activity name in the events files maps to a LeadStage activity, which the scoring rules count. Rows whose name has no activity are rejected, with the reason.</source>
        <translation>Cada nombre de actividad de los archivos de eventos corresponde a una actividad de LeadStage, que cuentan las reglas de puntuación. Las filas cuyo nombre no tiene actividad se rechazan, con el motivo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="32"/>
        <source>Reading the whole file… %p%</source>
        <translation>Leyendo el archivo completo… %p%</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>LeadStage activity</source>
        <translation>Actividad de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="75"/>
        <source>Counting the activity names in the whole file…</source>
        <translation>Contando los nombres de actividad en todo el archivo…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="113"/>
        <source>— a new activity, created by the import —</source>
        <translation>— una actividad nueva, creada por la importación —</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="114"/>
        <source>— no activity: rows rejected —</source>
        <translation>— sin actividad: filas rechazadas —</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="130"/>
        <source>The events files hold no activity names.</source>
        <translation>Los archivos de eventos no contienen nombres de actividad.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="131"/>
        <source>Every activity name maps to a LeadStage activity.</source>
        <translation>Cada nombre de actividad corresponde a una actividad de LeadStage.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="138"/>
        <source>&apos;%1&apos; (%2) as %3</source>
        <translation>«%1» (%2) como %3</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="144"/>
        <source>New activities will be created for %1, worth 0 points until a rule uses them.</source>
        <translation>Se crearán actividades nuevas para %1, que valen 0 puntos hasta que una regla las use.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="149"/>
        <source>No activity for %1: their %2 rows will be rejected unless you choose one below.</source>
        <translation>Sin actividad para %1: sus %2 filas se rechazarán a menos que elija una abajo.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportDatesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="27"/>
        <source>Date formats</source>
        <translation>Formatos de fecha</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="28"/>
        <source>How each date column is written. Every date is read as UTC. A value that does not fit its column&apos;s format is rejected with the reason.</source>
        <translation>Cómo está escrita cada columna de fecha. Cada fecha se lee en UTC. Un valor que no se ajusta al formato de su columna se rechaza con el motivo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="31"/>
        <source>Reading the whole file… %p%</source>
        <translation>Leyendo el archivo completo… %p%</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="70"/>
        <source>Looking at every date in the files…</source>
        <translation>Examinando cada fecha de los archivos…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="90"/>
        <source>Choose: month or day first?</source>
        <translation>Elija: ¿primero el mes o el día?</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="94"/>
        <source>%1 — not every value fits</source>
        <translation>%1 — no todos los valores se ajustan</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="100"/>
        <source>Every value reads as M/D/YYYY and as D/M/YYYY: say which the file means</source>
        <translation>Cada valor se lee como M/D/AAAA y como D/M/AAAA: indique cuál quiere decir el archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="101"/>
        <source>The format every value of the column fits</source>
        <translation>El formato al que se ajustan todos los valores de la columna</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="130"/>
        <source>No column is mapped to a date field.</source>
        <translation>Ninguna columna está asignada a un campo de fecha.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="133"/>
        <source>The dates of %1 read as month/day and as day/month alike: choose the format before you go on.</source>
        <translation>Las fechas de %1 se leen igual como mes/día que como día/mes: elija el formato antes de continuar.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="137"/>
        <source>Every date column has its format.</source>
        <translation>Cada columna de fecha tiene su formato.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="140"/>
        <source>No format fits every value of %1: choose the one most values are written in; the rows that do not fit are rejected with their line.</source>
        <translation>Ningún formato se ajusta a todos los valores de %1: elija aquel en el que está escrita la mayoría; las filas que no se ajustan se rechazan con su línea.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportFilesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="24"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="26"/>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="27"/>
        <source>Leads, events (engagement activities) and outcomes (sales results) can come together: they land in one transaction, leads first.</source>
        <translation>Leads, eventos (actividades de engagement) y resultados (resultados de ventas) pueden llegar juntos: entran en una sola transacción, primero los leads.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>What it looks like</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="39"/>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="41"/>
        <source>Choose CSV exports of leads, events or outcomes (you can also drop them on the window)</source>
        <translation>Elija exportaciones CSV de leads, eventos o resultados (también puede soltarlas en la ventana)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="43"/>
        <source>Leave the selected file out of this import</source>
        <translation>Dejar el archivo seleccionado fuera de esta importación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="69"/>
        <source>Import CSV Files</source>
        <translation>Importar archivos CSV</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="70"/>
        <source>CSV exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Exportaciones CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="99"/>
        <source>Recognised from the header; change it if the guess is wrong</source>
        <translation>Reconocido por la cabecera; cámbielo si la suposición es errónea</translation>
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
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="23"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="58"/>
        <source>Undone on %1 (UTC)</source>
        <translation>Deshecha el %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="60"/>
        <source>Made by an older LeadStage, which did not record what it replaced: cannot be undone</source>
        <translation>Hecha por una versión antigua de LeadStage, que no registraba lo que sustituía: no se puede deshacer</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="84"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="84"/>
        <source>In place</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="84"/>
        <source>In place (older)</source>
        <translation>Vigente (antigua)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="98"/>
        <source>No checksum: the import did not finish</source>
        <translation>Sin suma de comprobación: la importación no terminó</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="99"/>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 del archivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="101"/>
        <source>Double-click to see the rejected rows</source>
        <translation>Haga doble clic para ver las filas rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="103"/>
        <source>Import %1: select it and choose Undo Import… to take it back</source>
        <translation>Importación %1: selecciónela y elija Deshacer importación… para revertirla</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="122"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="124"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="126"/>
        <source>Started (UTC)</source>
        <translation>Iniciada (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="128"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="130"/>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="132"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="134"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="136"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="138"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportHistoryPanel</name>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="29"/>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Deshacer importación…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="30"/>
        <source>Undo Import…</source>
        <translation>Deshacer importación…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="31"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="32"/>
        <source>Rejected Rows…</source>
        <translation>Filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="36"/>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="50"/>
        <source>Remove what the chosen import added and give back what it replaced</source>
        <translation>Quitar lo que añadió la importación elegida y devolver lo que sustituyó</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="54"/>
        <source>List the rows the chosen import rejected, with the reason for each</source>
        <translation>Listar las filas que rechazó la importación elegida, con el motivo de cada una</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="94"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="151"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="247"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="250"/>
        <source>Undo Import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="94"/>
        <source>This import cannot be undone.</source>
        <translation>Esta importación no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="106"/>
        <source>Undo import %1 (%2, “%3”)?</source>
        <translation>¿Deshacer la importación %1 (%2, «%3»)?</translation>
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
        <translation>Quita lo que añadió la importación:
  • %1 leads que creó
  • %2 eventos
  • %3 resultados que creó
y devuelve lo que sustituyó:
  • %4 campos de %5 leads que actualizó
  • los resultados de %6 leads

Después se vuelven a puntuar %7 leads. La importación sigue en el historial, marcada como deshecha; no se puede deshacer dos veces.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="120"/>
        <source>It also removes %1 stages the CRM recorded and %2 activity types the import created, and gives %3 recorded stages their previous date back.</source>
        <translation>También quita %1 etapas registradas por el CRM y %2 tipos de actividad que creó la importación, y devuelve a %3 etapas registradas su fecha anterior.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="133"/>
        <source>Import %1 undone: %2 leads, %3 events and %4 outcomes removed; %5 fields of %6 leads and the outcomes of %7 leads restored.</source>
        <translation>Importación %1 deshecha: %2 leads, %3 eventos y %4 resultados quitados; %5 campos de %6 leads y los resultados de %7 leads restaurados.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="139"/>
        <source>%1 recorded stages and %2 activity types removed; %3 recorded stages restored.</source>
        <translation>%1 etapas registradas y %2 tipos de actividad quitados; %3 etapas registradas restauradas.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="144"/>
        <source>Rescoring failed (%1); the scores stay marked out of date until a rescore finishes.</source>
        <translation>La nueva puntuación falló (%1); las puntuaciones siguen marcadas como desactualizadas hasta que termine una nueva puntuación.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="152"/>
        <source>The import was undone, but the workspace could not be read again.</source>
        <translation>La importación se deshizo, pero el espacio de trabajo no se pudo volver a leer.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="154"/>
        <source>The import was not undone; nothing was changed.</source>
        <translation>La importación no se deshizo; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="191"/>
        <source>The import history could not be read: %1</source>
        <translation>No se pudo leer el historial de importaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="218"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="226"/>
        <source>Choose an import in the list first</source>
        <translation>Elija primero una importación de la lista</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="219"/>
        <source>This import rejected no rows</source>
        <translation>Esta importación no rechazó ninguna fila</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="266"/>
        <source>Undoing import %1</source>
        <translation>Deshaciendo la importación %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="266"/>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="268"/>
        <source>Cancel stops it before anything changes; the rescore after it runs to the end.</source>
        <translation>Cancelar la detiene antes de que cambie nada; la nueva puntuación posterior llega hasta el final.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportMappingPage</name>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="37"/>
        <source>Save as &amp;Preset</source>
        <translation>Guardar como &amp;preajuste</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="38"/>
        <source>Save to F&amp;ile…</source>
        <translation>Guardar en &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="44"/>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="45"/>
        <source>Which column feeds which field. Columns mapped to no field are kept with the lead as attributes (attrs), usable by field rules.</source>
        <translation>Qué columna alimenta qué campo. Las columnas no asignadas a ningún campo se guardan con el lead como atributos (attrs), utilizables por las reglas de campo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="49"/>
        <source>Map every column the way a built-in or saved preset does</source>
        <translation>Asignar cada columna como lo hace un preajuste integrado o guardado</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="58"/>
        <source>Name, e.g. Our HubSpot</source>
        <translation>Nombre, p. ej. Nuestro HubSpot</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="60"/>
        <source>Keep this mapping (all files, with the activity names and date formats) under a name</source>
        <translation>Guardar esta asignación (todos los archivos, con los nombres de actividad y los formatos de fecha) con un nombre</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="63"/>
        <source>Write this mapping to a file you can edit, keep or give to a colleague; Load Preset File reads it back</source>
        <translation>Escribir esta asignación en un archivo que pueda editar, conservar o pasar a un compañero; Cargar archivo de preajuste la vuelve a leer</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="68"/>
        <source>&amp;Load Preset File…</source>
        <translation>&amp;Cargar archivo de preajuste…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="69"/>
        <source>Use a mapping file saved elsewhere (for example by a colleague)</source>
        <translation>Usar un archivo de asignación guardado en otro lugar (por ejemplo, por un compañero)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="77"/>
        <source>Pr&amp;eset:</source>
        <translation>Pre&amp;ajuste:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="84"/>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="149"/>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="154"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="174"/>
        <source>(empty in the first rows)</source>
        <translation>(vacía en las primeras filas)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="179"/>
        <source>Kept as attribute (attrs)</source>
        <translation>Guardada como atributo (attrs)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="180"/>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="184"/>
        <source>The LeadStage field this column feeds</source>
        <translation>El campo de LeadStage que alimenta esta columna</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="200"/>
        <source>Every column of %1 feeds a field or is ignored.</source>
        <translation>Cada columna de %1 alimenta un campo o se ignora.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="201"/>
        <source>Kept as attributes (attrs) of %1: %2.</source>
        <translation>Guardadas como atributos (attrs) de %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="207"/>
        <source>No column is mapped to %1 or %2 in %3: map the column that identifies the lead above, or, when the file has none, tick “name each row&apos;s lead by file and line” below.</source>
        <translation>Ninguna columna está asignada a %1 o %2 en %3: asigne arriba la columna que identifica el lead o, si el archivo no tiene ninguna, marque «identificar el lead de cada fila por archivo y línea» abajo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="243"/>
        <source>Load Mapping Preset</source>
        <translation>Cargar preajuste de asignación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="244"/>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="290"/>
        <source>LeadStage mappings (*.json);;All files (*)</source>
        <translation>Asignaciones de LeadStage (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="265"/>
        <source>Mapped every file with the preset &apos;%1&apos;.</source>
        <translation>Todos los archivos se asignaron con el preajuste «%1».</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="266"/>
        <source>The preset &apos;%1&apos; does not fit %2: their mapping is unchanged.</source>
        <translation>El preajuste «%1» no se ajusta a %2: su asignación no cambia.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="282"/>
        <source>Saved as the preset &apos;%1&apos; (%2).</source>
        <translation>Guardado como el preajuste «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="289"/>
        <source>Save Mapping File</source>
        <translation>Guardar archivo de asignación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="301"/>
        <source>Saved the mapping to %1: Load Preset File reads it back.</source>
        <translation>Asignación guardada en %1: Cargar archivo de preajuste la vuelve a leer.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="38"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="39"/>
        <source>The first 100 rows as they will be read. If the columns look wrong, change the encoding, the separator or the row that names the columns.</source>
        <translation>Las 100 primeras filas tal como se leerán. Si las columnas parecen incorrectas, cambie la codificación, el separador o la fila que nombra las columnas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="47"/>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="52"/>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="51"/>
        <source>Files saved by Excel on Windows are usually Windows-1252</source>
        <translation>Los archivos guardados por Excel en Windows suelen estar en Windows-1252</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="56"/>
        <source>Reports often start with title lines: choose the row that names the columns</source>
        <translation>Los informes suelen empezar con líneas de título: elija la fila que nombra las columnas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="58"/>
        <source>none: only empty cells are missing</source>
        <translation>ninguno: solo faltan las celdas vacías</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="59"/>
        <source>Cells that mean &quot;not answered&quot;, separated by commas: they are read as missing, like empty cells (compared trimmed, in any case)</source>
        <translation>Celdas que significan «sin respuesta», separadas por comas: se leen como ausentes, igual que las celdas vacías (se comparan sin espacios alrededor y sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="74"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="75"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="76"/>
        <source>&amp;Header row:</source>
        <translation>Fila de &amp;cabecera:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="83"/>
        <source>Read as &amp;missing:</source>
        <translation>Leer como &amp;ausente:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="143"/>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="189"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="146"/>
        <source>This file cannot be read as chosen: %1</source>
        <translation>Este archivo no se puede leer con esas opciones: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="160"/>
        <source>%n of these rows will be rejected (marked red; the tooltip says why).</source>
        <translation>
            <numerusform>%n de estas filas se rechazará (en rojo; la descripción emergente explica por qué).</numerusform>
            <numerusform>%n de estas filas se rechazarán (en rojo; la descripción emergente explica por qué).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="162"/>
        <source>%n cell(s) are read as missing (greyed).</source>
        <translation>
            <numerusform>%n celda se lee como ausente (en gris).</numerusform>
            <numerusform>%n celdas se leen como ausentes (en gris).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportResultPage</name>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="25"/>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="28"/>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Already there</source>
        <translation>Ya existentes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Leads created</source>
        <translation>Leads creados</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="42"/>
        <source>Write the selected file&apos;s rejected rows (line, column, reason, row) as CSV to fix them in a spreadsheet and import them again</source>
        <translation>Escribir las filas rechazadas del archivo seleccionado (línea, columna, motivo, fila) como CSV para corregirlas en una hoja de cálculo e importarlas de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="58"/>
        <source>Saved %1 rejected rows to %2.</source>
        <translation>%1 filas rechazadas guardadas en %2.</translation>
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
        <translation>Se importaron %1 filas y se rechazaron %2 en %3; se modificaron %4 leads.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="90"/>
        <source>Their scores and stages are up to date.</source>
        <translation>Sus puntuaciones y etapas están al día.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="93"/>
        <source>Rescoring failed (%1): the scores stay out of date until every lead is rescored, which opening the workspace again does.</source>
        <translation>La nueva puntuación falló (%1): las puntuaciones siguen desactualizadas hasta que se vuelva a puntuar cada lead, lo que ocurre al volver a abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="98"/>
        <source>The rejected rows are kept with the import: select a file and save them as CSV to fix them in a spreadsheet.</source>
        <translation>Las filas rechazadas se guardan con la importación: seleccione un archivo y guárdelas como CSV para corregirlas en una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="127"/>
        <source>Save Rejected Rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="127"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="138"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportRunPage</name>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="18"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="19"/>
        <source>The files land in one transaction: Cancel stops the import and leaves the workspace exactly as it was. Afterwards the scores of the leads it touched are brought up to date.</source>
        <translation>Los archivos entran en una sola transacción: Cancelar detiene la importación y deja el espacio de trabajo exactamente como estaba. Después, las puntuaciones de los leads afectados se actualizan.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="40"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="43"/>
        <source>The import did not start: %1</source>
        <translation>La importación no se inició: %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="68"/>
        <source>%1 of about %2 rows</source>
        <translation>%1 de unas %2 filas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="71"/>
        <source> — %1 rows/s, about %2 s left</source>
        <translation> — %1 filas/s, quedan unos %2 s</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="80"/>
        <source>The import was cancelled: nothing was written. Press Import to start it again, or Cancel to close.</source>
        <translation>La importación se canceló: no se escribió nada. Pulse Importar para volver a empezar, o Cancelar para cerrar.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="83"/>
        <source>The import failed and nothing was written: %1</source>
        <translation>La importación falló y no se escribió nada: %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportValidationPage</name>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="51"/>
        <source>&amp;Update it with the file&apos;s values</source>
        <translation>&amp;Actualizarlo con los valores del archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="52"/>
        <source>&amp;Leave it as it is</source>
        <translation>&amp;Dejarlo como está</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="53"/>
        <source>&amp;Create the leads that events or outcomes name but the workspace lacks</source>
        <translation>&amp;Crear los leads que nombran los eventos o resultados pero que faltan en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="58"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="59"/>
        <source>Already there</source>
        <translation>Ya existentes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="59"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Row in the file</source>
        <translation>Fila del archivo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="64"/>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="65"/>
        <source>Every row was tried in a dry run: nothing is written until you press Import.</source>
        <translation>Cada fila se probó en un ensayo: no se escribe nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="67"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="78"/>
        <source>Trying every row…</source>
        <translation>Probando cada fila…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="80"/>
        <source>When a lead is already in the workspace (same CRM id or e-mail)</source>
        <translation>Cuando un lead ya está en el espacio de trabajo (mismo id de CRM o correo electrónico)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="165"/>
        <source>Trying every row of the files in a dry run…</source>
        <translation>Probando cada fila de los archivos en un ensayo…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="180"/>
        <source>The check was stopped.</source>
        <translation>La comprobación se detuvo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="183"/>
        <source>The import cannot run: %1</source>
        <translation>La importación no se puede ejecutar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="220"/>
        <source>%n row(s) are ready to import.</source>
        <translation>
            <numerusform>%n fila está lista para importar.</numerusform>
            <numerusform>%n filas están listas para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="223"/>
        <source>%n row(s) will be rejected; the first are listed below with their reasons.</source>
        <translation>
            <numerusform>%n fila será rechazada; aparece abajo con su motivo.</numerusform>
            <numerusform>%n filas serán rechazadas; las primeras aparecen abajo con sus motivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="226"/>
        <source>Nothing would be imported: go Back and check the mapping, the activities and the dates.</source>
        <translation>No se importaría nada: vuelva Atrás y revise la asignación, las actividades y las fechas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="242"/>
        <source>Import the %1 good rows and leave the %2 rejected rows out (kept with the import, they can be saved as CSV)</source>
        <translation>Importar las %1 filas válidas y dejar fuera las %2 filas rechazadas (se guardan con la importación y se pueden guardar como CSV)</translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Import CSV Files</source>
        <translation>Importar archivos CSV</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="67"/>
        <source>Reading the files was stopped.</source>
        <translation>La lectura de los archivos se detuvo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="69"/>
        <source>The file cannot be read to the end: %1</source>
        <translation>El archivo no se puede leer hasta el final: %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::KpiTile</name>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="57"/>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="91"/>
        <source>%1 only, the last whole quarter</source>
        <translation>Solo %1, el último trimestre completo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="92"/>
        <location filename="../ui/dashboard/KpiTile.cpp" line="99"/>
        <source>%1 only, the last whole month</source>
        <translation>Solo %1, el último mes completo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="94"/>
        <source>IQLs of %1 only, the last cohort whose 180 days have passed</source>
        <translation>Solo IQL de %1, la última cohorte cuyos 180 días han pasado</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="96"/>
        <source>MQLs of %1 only, the last whole quarter</source>
        <translation>Solo MQL de %1, el último trimestre completo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="97"/>
        <source>MQLs of %1 only, the last whole month</source>
        <translation>Solo MQL de %1, el último mes completo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="109"/>
        <source>The IQL generation chart shows every period in the filter, one bar each.</source>
        <translation>El gráfico de generación de IQL muestra cada periodo del filtro, con una barra por periodo.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="111"/>
        <source>The cohort chart shows every cohort in the filter, month by month after IQL.</source>
        <translation>El gráfico de cohortes muestra cada cohorte del filtro, mes a mes después del IQL.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="113"/>
        <source>The time-to-MQL chart&apos;s median and quartiles cover all periods in the filter together, so they differ from this one period&apos;s median.</source>
        <translation>La mediana y los cuartiles del gráfico del tiempo hasta MQL abarcan juntos todos los periodos del filtro, por lo que difieren de la mediana de este único periodo.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="116"/>
        <source>The engagement chart shows every month in the filter.</source>
        <translation>El gráfico de engagement muestra cada mes del filtro.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="138"/>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 para %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="144"/>
        <source>The reference band describes a whole company&apos;s IQLs a month; a filtered part of the leads is not compared with it.</source>
        <translation>El rango de referencia describe los IQL al mes de toda una empresa; una parte filtrada de los leads no se compara con él.</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadDetailLoader</name>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="85"/>
        <source>lead %1 is no longer in the workspace</source>
        <translation>el lead %1 ya no está en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="89"/>
        <source>CRM id</source>
        <translation>Id de CRM</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="89"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="90"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="90"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="91"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="91"/>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="92"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="92"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="93"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="93"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="94"/>
        <source>Row id</source>
        <translation>Id de fila</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="128"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="129"/>
        <source>Grade</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="130"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="131"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="132"/>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="133"/>
        <source>Scored as of</source>
        <translation>Puntuado a</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="154"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="179"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="185"/>
        <source>Outcomes without a date</source>
        <translation>Resultados sin fecha</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="196"/>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="199"/>
        <source>Stages the CRM recorded</source>
        <translation>Etapas registradas por el CRM</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadDetailView</name>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="81"/>
        <source>Why this score</source>
        <translation>Por qué esta puntuación</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="82"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="103"/>
        <source>Select a lead to see why it has its score.</source>
        <translation>Seleccione un lead para ver por qué tiene su puntuación.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="121"/>
        <source>Lead #%1</source>
        <translation>Lead n.º %1</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="127"/>
        <source>%1 &amp;nbsp; grade %2 &amp;nbsp; engagement %3 &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;model %4&lt;/span&gt;</source>
        <translation>%1 &amp;nbsp; categoría %2 &amp;nbsp; engagement %3 &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;modelo %4&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="133"/>
        <source>not scored yet &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;model %1&lt;/span&gt;</source>
        <translation>aún sin puntuar &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;modelo %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="162"/>
        <source>Stage moments</source>
        <translation>Momentos de las etapas</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="166"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="168"/>
        <source>Other columns</source>
        <translation>Otras columnas</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadExplorer</name>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="41"/>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="169"/>
        <source>All leads</source>
        <translation>Todos los leads</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="69"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="70"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="71"/>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="72"/>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="73"/>
        <source>Copy the selected rows as tab-separated text (Ctrl+C)</source>
        <translation>Copiar las filas seleccionadas como texto separado por tabulaciones (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="78"/>
        <source>Copy Selected Leads</source>
        <translation>Copiar los leads seleccionados</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/explorer/LeadExplorer.cpp" line="128"/>
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n fila copiada.</numerusform>
            <numerusform>%n filas copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="131"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="133"/>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="134"/>
        <source>Select a lead to see why it has its score.</source>
        <translation>Seleccione un lead para ver por qué tiene su puntuación.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="229"/>
        <source>%1 rows written to %2</source>
        <translation>%1 filas escritas en %2</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="236"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="253"/>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="270"/>
        <source>Export leads</source>
        <translation>Exportar leads</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="270"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="278"/>
        <source>Select a lead first: the chart shows the selected lead.</source>
        <translation>Seleccione primero un lead: el gráfico muestra el lead seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="281"/>
        <source>Export score timeline</source>
        <translation>Exportar la evolución de la puntuación</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="282"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="284"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadFileChoices</name>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="19"/>
        <source>This &amp;import&apos;s time</source>
        <translation>La hora de esta &amp;importación</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="20"/>
        <source>Each lead&apos;s &amp;first event in this import (leads without one: this import&apos;s time)</source>
        <translation>El &amp;primer evento de cada lead en esta importación (leads sin ninguno: la hora de esta importación)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="24"/>
        <source>Import anyway: a repeated row &amp;updates the lead of the earlier row</source>
        <translation>Importar de todos modos: una fila repetida &amp;actualiza el lead de la fila anterior</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="26"/>
        <source>This file has no lead id or e-mail: name each row&apos;s lead by &amp;file and line</source>
        <translation>Este archivo no tiene id de lead ni correo electrónico: identificar el lead de cada fila por &amp;archivo y línea</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="30"/>
        <source>Each row&apos;s lead gets the CRM id FILENAME:LINE (e.g. bank.csv:2), so importing the same file again updates the same leads and leads of other files never collide. Map a column to CRM id or E-mail above instead when the file has one.</source>
        <translation>El lead de cada fila recibe el id de CRM ARCHIVO:LÍNEA (p. ej. bank.csv:2), así que importar de nuevo el mismo archivo actualiza los mismos leads y los leads de otros archivos nunca coinciden. Si el archivo tiene una columna de id de CRM o correo electrónico, asígnela arriba.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="35"/>
        <source>No column is mapped to %1: which date do new leads get? (Or map the file&apos;s date column to it above.)</source>
        <translation>Ninguna columna está asignada a %1: ¿qué fecha reciben los leads nuevos? (O asigne arriba la columna de fecha del archivo.)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="89"/>
        <source>&apos;%1&apos; (1 more row)</source>
        <translation>«%1» (1 fila más)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="90"/>
        <source>&apos;%1&apos; (%2 more rows)</source>
        <translation>«%1» (%2 filas más)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="92"/>
        <source>In the first rows, %1 repeat the CRM id or e-mail of an earlier row, so they would update that lead instead of adding their own: %2. Is the right column mapped as the lead&apos;s id?</source>
        <translation>En las primeras filas, %1 repiten el id de CRM o el correo electrónico de una fila anterior, así que actualizarían ese lead en lugar de añadir el suyo: %2. ¿Está asignada la columna correcta como id del lead?</translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadTableModel</name>
    <message>
        <location filename="../ui/explorer/LeadTableModel.cpp" line="205"/>
        <source>%1: a column of the imported file</source>
        <translation>%1: una columna del archivo importado</translation>
    </message>
</context>
<context>
    <name>LeadStage::LedgerTableModel</name>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="34"/>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="36"/>
        <source>rule (capped)</source>
        <translation>regla (limitada)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="38"/>
        <source>field rule</source>
        <translation>regla de campo</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="40"/>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="42"/>
        <source>decay</source>
        <translation>decaimiento</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="44"/>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="63"/>
        <source>Would have paid %1; cut to %2 by the rule&apos;s cap.</source>
        <translation>Habría sumado %1; reducido a %2 por el límite de la regla.</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="103"/>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="105"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="107"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="109"/>
        <source>Track</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="111"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="113"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="115"/>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="117"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="119"/>
        <source>Decay</source>
        <translation>Decaimiento</translation>
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
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation>No se creó el espacio de trabajo de demostración: cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>The demo workspace was not created</source>
        <translation>No se creó el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Create an empty workspace file</source>
        <translation>Crear un archivo de espacio de trabajo vacío</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Open a .leadstage workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo .leadstage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Import CSV exports of leads, events or outcomes (or drop them on the window)</source>
        <translation>Importar exportaciones CSV de leads, eventos o resultados (o soltarlas en la ventana)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Export &amp;Quarterly Report…</source>
        <translation>Exportar informe &amp;trimestral…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Write the quarter&apos;s funnel report as PDF, Excel, HTML or CSV</source>
        <translation>Escribir el informe del embudo del trimestre en PDF, Excel, HTML o CSV</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Language, dates, theme and the analysis date a workspace opens at</source>
        <translation>Idioma, fechas, tema y fecha de análisis con la que se abre un espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Scoring &amp;Model</source>
        <translation>&amp;Modelo de puntuación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>LeadStage &amp;User Guide</source>
        <translation>&amp;Guía del usuario de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Open the user guide in your web browser</source>
        <translation>Abrir la guía del usuario en su navegador web</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Every key LeadStage answers to</source>
        <translation>Todas las teclas a las que responde LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;About LeadStage</source>
        <translation>&amp;Acerca de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Version, licence and the libraries LeadStage is built on</source>
        <translation>Versión, licencia y bibliotecas en las que se basa LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>The user guide did not open</source>
        <translation>La guía del usuario no se abrió</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>Clear the List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Creating the demo workspace</source>
        <translation>Creando el espacio de trabajo de demostración</translation>
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
        <translation>Espacio de trabajo comprobado al abrirlo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>While opening “%1”:</source>
        <translation>Al abrir «%1»:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="428"/>
        <source>Bringing the scores up to date</source>
        <translation>Actualizando las puntuaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>%1.
Every lead is rescored before the workspace opens; Cancel opens it with the scores left as they are.</source>
        <translation>%1.
Cada lead se vuelve a puntuar antes de abrir el espacio de trabajo; Cancelar lo abre con las puntuaciones tal como están.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source> · events %1 – %2</source>
        <translation> · eventos del %1 al %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Open or create a workspace first, then import the files into it.</source>
        <translation>Abra o cree primero un espacio de trabajo y después importe los archivos en él.</translation>
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
        <translation>LeadStage no se cerró correctamente la última vez.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>LeadStage did not close properly</source>
        <translation>LeadStage no se cerró correctamente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>LeadStage ended without closing while “%1” was open, so it was not reopened on its own.</source>
        <translation>LeadStage terminó sin cerrarse mientras «%1» estaba abierto, así que no se volvió a abrir automáticamente.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Opening it checks the file and undoes any change that was not finished. Open it now, or choose another workspace.</source>
        <translation>Al abrirlo se comprueba el archivo y se deshace cualquier cambio que no se terminó. Ábralo ahora o elija otro espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>Open “%1”</source>
        <translation>Abrir «%1»</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="533"/>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="534"/>
        <source>LeadStage workspaces (*.leadstage)</source>
        <translation>Espacios de trabajo de LeadStage (*.leadstage)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="541"/>
        <source>The workspace was not created</source>
        <translation>No se creó el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Open it with File → Open, or choose another name.</source>
        <translation>Ábralo con Archivo → Abrir o elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>LeadStage workspaces (*.leadstage);;All files (*)</source>
        <translation>Espacios de trabajo de LeadStage (*.leadstage);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelDraft</name>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="84"/>
        <source>Load %1 v%2</source>
        <translation>Cargar %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="134"/>
        <source>nothing to delete there</source>
        <translation>no hay nada que eliminar ahí</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="145"/>
        <source>nothing to change there</source>
        <translation>no hay nada que cambiar ahí</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="164"/>
        <source>Add rule “%1”</source>
        <translation>Añadir la regla «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="170"/>
        <source>no rule to duplicate</source>
        <translation>no hay ninguna regla que duplicar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="173"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="175"/>
        <source>Duplicate rule “%1”</source>
        <translation>Duplicar la regla «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="181"/>
        <source>no rule to delete</source>
        <translation>no hay ninguna regla que eliminar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="182"/>
        <source>Delete rule “%1”</source>
        <translation>Eliminar la regla «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="189"/>
        <source>no rule to move</source>
        <translation>no hay ninguna regla que mover</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="194"/>
        <source>Move rule “%1”</source>
        <translation>Mover la regla «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="211"/>
        <source>no rule to change</source>
        <translation>no hay ninguna regla que cambiar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="216"/>
        <source>Rename rule “%1”</source>
        <translation>Renombrar la regla «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="219"/>
        <source>Change the activity of “%1”</source>
        <translation>Cambiar la actividad de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="222"/>
        <source>Change the condition of “%1”</source>
        <translation>Cambiar la condición de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="225"/>
        <source>Change the detail pattern of “%1”</source>
        <translation>Cambiar el patrón de detalle de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="228"/>
        <source>Change the track of “%1”</source>
        <translation>Cambiar el recorrido de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="231"/>
        <source>Change the points of “%1”</source>
        <translation>Cambiar los puntos de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="234"/>
        <source>Change how “%1” pays</source>
        <translation>Cambiar cómo suma «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="237"/>
        <source>Change the count of “%1”</source>
        <translation>Cambiar el recuento de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="240"/>
        <source>Change the cap of “%1”</source>
        <translation>Cambiar el límite de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="243"/>
        <source>Move “%1” to another category</source>
        <translation>Mover «%1» a otra categoría</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>a category needs a name</source>
        <translation>una categoría necesita un nombre</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>Type a name such as “Webinar”.</source>
        <translation>Escriba un nombre como «Webinar».</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="256"/>
        <source>Rename category “%1” to “%2”</source>
        <translation>Renombrar la categoría «%1» a «%2»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="270"/>
        <source>Add trigger “%1”</source>
        <translation>Añadir el disparador «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="276"/>
        <source>no trigger to delete</source>
        <translation>no hay ningún disparador que eliminar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="278"/>
        <source>Delete trigger “%1”</source>
        <translation>Eliminar el disparador «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="283"/>
        <source>Change trigger “%1”</source>
        <translation>Cambiar el disparador «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="296"/>
        <source>Change the thresholds</source>
        <translation>Cambiar los umbrales</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="301"/>
        <source>Change the decay</source>
        <translation>Cambiar el decaimiento</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="306"/>
        <source>Change the grade boundaries</source>
        <translation>Cambiar los límites de las categorías</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="311"/>
        <source>Change the stagnation days</source>
        <translation>Cambiar los días de estancamiento</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="316"/>
        <source>Add fit rule “%1”</source>
        <translation>Añadir la regla de ajuste «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="322"/>
        <source>no fit rule to delete</source>
        <translation>no hay ninguna regla de ajuste que eliminar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="324"/>
        <source>Delete fit rule “%1”</source>
        <translation>Eliminar la regla de ajuste «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="329"/>
        <source>Change fit rule “%1”</source>
        <translation>Cambiar la regla de ajuste «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="334"/>
        <source>Add nurture track “%1”</source>
        <translation>Añadir el recorrido de nurturing «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="340"/>
        <source>no nurture track to delete</source>
        <translation>no hay ningún recorrido de nurturing que eliminar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="342"/>
        <source>Delete nurture track “%1”</source>
        <translation>Eliminar el recorrido de nurturing «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="349"/>
        <source>no nurture track to move there</source>
        <translation>no hay ningún recorrido de nurturing que mover ahí</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="358"/>
        <source>Move nurture track “%1”</source>
        <translation>Mover el recorrido de nurturing «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="364"/>
        <source>Change nurture track “%1”</source>
        <translation>Cambiar el recorrido de nurturing «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="369"/>
        <source>Add nurture step “%1”</source>
        <translation>Añadir el paso de nurturing «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="375"/>
        <source>no nurture step to delete</source>
        <translation>no hay ningún paso de nurturing que eliminar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="377"/>
        <source>Delete nurture step “%1”</source>
        <translation>Eliminar el paso de nurturing «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="383"/>
        <source>Change nurture step “%1”</source>
        <translation>Cambiar el paso de nurturing «%1»</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelEditorPage</name>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="69"/>
        <source>Version &amp;History…</source>
        <translation>&amp;Historial de versiones…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="70"/>
        <source>&amp;Evaluate Against Outcomes</source>
        <translation>&amp;Evaluar con los resultados</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="85"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="86"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="87"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="88"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="90"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="186"/>
        <source>Save as New Version…</source>
        <translation>Guardar como versión nueva…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="91"/>
        <source>Save the draft as the next version, rescore the workspace and make it active (Ctrl+S)</source>
        <translation>Guardar el borrador como la versión siguiente, volver a puntuar el espacio de trabajo y activarla (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="93"/>
        <source>Save as Draft…</source>
        <translation>Guardar como borrador…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="94"/>
        <source>Store the draft as a new version without making it active and without rescoring; activate it later in the version history</source>
        <translation>Guardar el borrador como versión nueva sin activarlo ni volver a puntuar; actívelo más tarde en el historial de versiones</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="98"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="98"/>
        <source>Discard the draft and go back to the active model</source>
        <translation>Descartar el borrador y volver al modelo activo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="100"/>
        <source>Versions…</source>
        <translation>Versiones…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="101"/>
        <source>The saved versions with date and comment: activate, revert, duplicate, load into the draft, compare, export and import JSON (Ctrl+H)</source>
        <translation>Las versiones guardadas con fecha y comentario: activar, revertir, duplicar, cargar en el borrador, comparar, exportar e importar JSON (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="119"/>
        <source>New trigger</source>
        <translation>Nuevo disparador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="124"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="140"/>
        <source>Suggested Points</source>
        <translation>Puntos sugeridos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="141"/>
        <source>Threshold from Capacity</source>
        <translation>Umbral según capacidad</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="151"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="152"/>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="153"/>
        <source>Triggers</source>
        <translation>Disparadores</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="154"/>
        <source>Decay</source>
        <translation>Decaimiento</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="155"/>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="156"/>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="157"/>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="158"/>
        <source>Scoring rules by category: criterion, track, points, pays, cap</source>
        <translation>Reglas de puntuación por categoría: criterio, recorrido, puntos, forma de sumar, límite</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="159"/>
        <source>IQL, MQL and PQL thresholds over the workspace&apos;s scores</source>
        <translation>Umbrales IQL, MQL y PQL sobre las puntuaciones del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="160"/>
        <source>Activities that make a lead an MQL at once</source>
        <translation>Actividades que convierten un lead en MQL de inmediato</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="161"/>
        <source>How an idle lead&apos;s score falls</source>
        <translation>Cómo baja la puntuación de un lead inactivo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="162"/>
        <source>Firmographic fit rules and grade boundaries</source>
        <translation>Reglas de ajuste firmográfico y límites de las categorías</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="163"/>
        <source>Nurture tracks, steps and stagnation</source>
        <translation>Recorridos de nurturing, pasos y estancamiento</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="164"/>
        <source>Is the model any good? Back-test the draft and saved versions against the workspace&apos;s outcomes (Ctrl+E)</source>
        <translation>¿Es bueno el modelo? Haga una prueba retrospectiva del borrador y las versiones guardadas con los resultados del espacio de trabajo (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="291"/>
        <source>the active model has %n problem(s); the first: %1</source>
        <translation>
            <numerusform>el modelo activo tiene %n problema; el primero: %1</numerusform>
            <numerusform>el modelo activo tiene %n problemas; el primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="302"/>
        <source>No workspace</source>
        <translation>Sin espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="304"/>
        <source>Reading the scoring model…</source>
        <translation>Leyendo el modelo de puntuación…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="306"/>
        <source>%1 (built-in, not saved yet)</source>
        <translation>%1 (integrado, aún sin guardar)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="308"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="311"/>
        <source>The active model: id %1, saved %2</source>
        <translation>El modelo activo: id %1, guardado el %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="319"/>
        <source>● Unsaved changes (draft)</source>
        <translation>● Cambios sin guardar (borrador)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="322"/>
        <source>Saved as draft %1 v%2, not active</source>
        <translation>Guardado como borrador %1 v%2, no activo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="357"/>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="396"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="535"/>
        <source>Save as New Version</source>
        <translation>Guardar como versión nueva</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="397"/>
        <source>The draft is saved as a new version, the workspace is rescored with it, and then it becomes the active model.</source>
        <translation>El borrador se guarda como una versión nueva, el espacio de trabajo se vuelve a puntuar con ella y después pasa a ser el modelo activo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="407"/>
        <source>Save as Draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="407"/>
        <source>The draft is stored as a new version. It does not become active and nothing is rescored: activate it later in the version history when it should score the leads.</source>
        <translation>El borrador se guarda como versión nueva. No pasa a estar activo y no se vuelve a puntuar nada: actívelo más tarde en el historial de versiones cuando deba puntuar los leads.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="422"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="452"/>
        <source>the draft cannot be saved: %1</source>
        <translation>el borrador no se puede guardar: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="429"/>
        <source>Nothing was saved: the draft is still here. %1</source>
        <translation>No se guardó nada: el borrador sigue aquí. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="435"/>
        <source>Stored %1 v%2 as a draft version: it is not active and no lead was rescored. Activate it in the version history when it should score the leads.</source>
        <translation>%1 v%2 guardado como versión borrador: no está activo y no se ha vuelto a puntuar ningún lead. Actívelo en el historial de versiones cuando deba puntuar los leads.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="456"/>
        <source>Saving and rescoring</source>
        <translation>Guardando y volviendo a puntuar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="464"/>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="497"/>
        <source>Nothing was saved: the draft is still here and the workspace keeps its scores. %1</source>
        <translation>No se guardó nada: el borrador sigue aquí y el espacio de trabajo conserva sus puntuaciones. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="506"/>
        <source>Saved %1 v%2 and made it active: %3 rescored.</source>
        <translation>Se guardó %1 v%2 y se convirtió en el modelo activo: %3 puntuados de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="611"/>
        <source>%1 v%2 is the active model now: %3 rescored.</source>
        <translation>%1 v%2 es ahora el modelo activo: %3 puntuados de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="515"/>
        <source>Revert the Draft</source>
        <translation>Revertir el borrador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="516"/>
        <source>Discard every change to the draft and go back to the active model?</source>
        <translation>¿Descartar todos los cambios del borrador y volver al modelo activo?</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="519"/>
        <source>The undo history is cleared too.</source>
        <translation>El historial de deshacer también se borra.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="530"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="566"/>
        <source>Unsaved Scoring Model</source>
        <translation>Modelo de puntuación sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="531"/>
        <source>The scoring model has changes that are not saved.</source>
        <translation>El modelo de puntuación tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="534"/>
        <source>Save them as a new active version (the workspace is rescored), or discard them?</source>
        <translation>¿Guardarlos como una versión activa nueva (el espacio de trabajo se vuelve a puntuar) o descartarlos?</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="567"/>
        <source>The draft has changes that are not saved. %1</source>
        <translation>El borrador tiene cambios sin guardar. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="570"/>
        <source>Cancel keeps the draft: save it with Save as New Version first to keep its changes.</source>
        <translation>Cancelar conserva el borrador: guárdelo primero con Guardar como versión nueva para conservar sus cambios.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="571"/>
        <source>Replace the Draft</source>
        <translation>Sustituir el borrador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="590"/>
        <source>The version made active becomes the draft.</source>
        <translation>La versión activada pasa a ser el borrador.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="592"/>
        <source>Reverting and rescoring</source>
        <translation>Revirtiendo y volviendo a puntuar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="592"/>
        <source>Activating and rescoring</source>
        <translation>Activando y volviendo a puntuar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="604"/>
        <source>The active model and the workspace&apos;s scores are unchanged. %1</source>
        <translation>El modelo activo y las puntuaciones del espacio de trabajo no cambian. %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="626"/>
        <source>Loading %1 v%2 replaces the draft.</source>
        <translation>Cargar %1 v%2 sustituye el borrador.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="629"/>
        <source>The draft is now a copy of %1 v%2 (Edit → Undo brings back the draft it replaced). Save as New Version makes it the active model.</source>
        <translation>El borrador es ahora una copia de %1 v%2 (Editar → Deshacer recupera el borrador que sustituyó). Guardar como versión nueva lo convierte en el modelo activo.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelSaveDialog</name>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="24"/>
        <source>The model&apos;s name: an existing name gets its next version, a new name starts at v1</source>
        <translation>El nombre del modelo: un nombre existente recibe su versión siguiente, un nombre nuevo empieza en v1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="26"/>
        <source>Why this version: what changed and what it should do to the funnel</source>
        <translation>Por qué esta versión: qué cambió y qué debería producir en el embudo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="27"/>
        <source>Shown in the version history beside the date</source>
        <translation>Se muestra en el historial de versiones junto a la fecha</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="37"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="60"/>
        <source>A version needs a name: type the model&apos;s name to save its next version, or a new name to start a new model.</source>
        <translation>Una versión necesita un nombre: escriba el nombre del modelo para guardar su versión siguiente, o un nombre nuevo para empezar un modelo nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="67"/>
        <source>Saved as %1 v%2, the next version of %1.</source>
        <translation>Guardado como %1 v%2, la versión siguiente de %1.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="68"/>
        <source>Saved as %1 v1, a new model name.</source>
        <translation>Guardado como %1 v1, un nombre de modelo nuevo.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelVersionsPanel</name>
    <message>
        <location filename="../ui/workspace/ModelVersionsPanel.cpp" line="21"/>
        <source>Scoring model versions</source>
        <translation>Versiones del modelo de puntuación</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ModelVersionsPanel.cpp" line="69"/>
        <source>The model versions could not be read: %1</source>
        <translation>No se pudieron leer las versiones del modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/ModelVersionsPanel.cpp" line="72"/>
        <source>No scoring model has been saved in this workspace yet.</source>
        <translation>Aún no se ha guardado ningún modelo de puntuación en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>LeadStage::MultiSelectButton</name>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="35"/>
        <source>Find a value</source>
        <translation>Buscar un valor</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="43"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="45"/>
        <source>Untick every value: the %1 filter then lets every lead through</source>
        <translation>Desmarcar todos los valores: así el filtro %1 deja pasar a todos los leads</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="124"/>
        <source>%1: all</source>
        <translation>%1: todos</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="128"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="129"/>
        <source>All %1 values</source>
        <translation>Todos los valores de %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::NurturePanel</name>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="28"/>
        <source>New track</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="32"/>
        <source>Track</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="43"/>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="46"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="51"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="52"/>
        <source>A lead with no event for this many days before the analysis date is stagnant (a lead with no events counts from its creation)</source>
        <translation>Un lead sin eventos durante estos días antes de la fecha de análisis está estancado (un lead sin eventos cuenta desde su creación)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="55"/>
        <source>Stagnant &amp;after</source>
        <translation>Estancado &amp;después de</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="56"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="59"/>
        <source>Tracks (the first that holds wins)</source>
        <translation>Recorridos (gana el primero que se cumple)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="61"/>
        <source>Steps (weeks since IQL)</source>
        <translation>Pasos (semanas desde el IQL)</translation>
    </message>
</context>
<context>
    <name>LeadStage::NurtureStepTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="25"/>
        <source>From week</source>
        <translation>Desde la semana</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="25"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="30"/>
        <source>The week after IQL the step starts (week 1 is the first 7 days); it lasts until the next step</source>
        <translation>La semana después del IQL en que empieza el paso (la semana 1 son los 7 primeros días); dura hasta el paso siguiente</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="31"/>
        <source>The step of the nurture sequence, e.g. “Solution education”</source>
        <translation>El paso de la secuencia de nurturing, p. ej. «Formación sobre la solución»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="51"/>
        <source>Weeks %1–%2 after IQL</source>
        <translation>Semanas %1–%2 después del IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="52"/>
        <source>From week %1 after IQL on</source>
        <translation>Desde la semana %1 después del IQL</translation>
    </message>
</context>
<context>
    <name>LeadStage::NurtureTrackTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Track</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Grades</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="45"/>
        <source>The nurture track&apos;s name; tracks are tried top to bottom and the first that holds wins</source>
        <translation>El nombre del recorrido de nurturing; los recorridos se prueban de arriba abajo y gana el primero que se cumple</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="46"/>
        <source>The lead&apos;s current stage must be one of these; none checked means any</source>
        <translation>La etapa actual del lead debe ser una de estas; ninguna marcada significa cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="47"/>
        <source>The lead&apos;s fit grade must be one of these; none checked means any</source>
        <translation>La categoría de ajuste del lead debe ser una de estas; ninguna marcada significa cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="48"/>
        <source>The lead&apos;s health must be one of these; none checked means active or stagnant</source>
        <translation>La salud del lead debe ser una de estas; ninguna marcada significa activo o estancado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="65"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2), priority %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (id %2), prioridad %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="73"/>
        <source>active, stagnant</source>
        <translation>activo, estancado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="73"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="83"/>
        <source>a nurture track needs a name</source>
        <translation>un recorrido de nurturing necesita un nombre</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="83"/>
        <source>Type a name such as “Intensive”.</source>
        <translation>Escriba un nombre como «Intensivo».</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="96"/>
        <source>this column cannot be edited</source>
        <translation>esta columna no se puede editar</translation>
    </message>
</context>
<context>
    <name>LeadStage::PaysEditor</name>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="19"/>
        <source>each</source>
        <translation>cada vez</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="20"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="21"/>
        <source>at count</source>
        <translation>en el N-ésimo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="22"/>
        <source>each: every match pays; once: the first match; at count: once, at the N-th match</source>
        <translation>cada vez: cada coincidencia suma; una vez: la primera coincidencia; en el N-ésimo: una vez, en la N-ésima coincidencia</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="24"/>
        <source>The match that pays (at least 2; at count 1 is “once”)</source>
        <translation>La coincidencia que suma (al menos 2; en el N-ésimo con 1 es «una vez»)</translation>
    </message>
</context>
<context>
    <name>LeadStage::PreferencesDialog</name>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="33"/>
        <source>The latest data in the workspace, or the date chosen for it</source>
        <translation>Los datos más recientes del espacio de trabajo, o la fecha elegida para él</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="34"/>
        <source>A fixed date:</source>
        <translation>Una fecha fija:</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="39"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="44"/>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="62"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="44"/>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="56"/>
        <source>ISO 8601 (%1)</source>
        <translation>ISO 8601 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="57"/>
        <source>The language&apos;s own (%1)</source>
        <translation>Formato del idioma (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="63"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="64"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="77"/>
        <source>Analysis date a workspace opens at</source>
        <translation>Fecha de análisis al abrir un espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="85"/>
        <source>Stages, decay and the dashboard are worked out as of this date. A fixed date rescores a workspace that was scored at another date when it opens, and is kept in it.</source>
        <translation>Las etapas, el decaimiento y el panel se calculan a esta fecha. Una fecha fija vuelve a puntuar al abrirlo un espacio de trabajo puntuado en otra fecha, y se guarda en él.</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="96"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="97"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="119"/>
        <source>The new language is used from the next start of LeadStage.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de LeadStage.</translation>
    </message>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="120"/>
        <source>A new language is used from the next start of LeadStage.</source>
        <translation>Un nuevo idioma se usa a partir del próximo inicio de LeadStage.</translation>
    </message>
</context>
<context>
    <name>LeadStage::QualityPanel</name>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="32"/>
        <source>Source quality</source>
        <translation>Calidad de las fuentes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="37"/>
        <source>* provisional: some IQLs&apos; 180 days have not passed yet</source>
        <translation>* provisional: aún no han pasado los 180 días de algunos IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="41"/>
        <source>per source</source>
        <translation>por fuente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="42"/>
        <source>per campaign</source>
        <translation>por campaña</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="43"/>
        <source>per industry</source>
        <translation>por sector</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="120"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="122"/>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="124"/>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="125"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="127"/>
        <source>Copy table</source>
        <translation>Copiar tabla</translation>
    </message>
</context>
<context>
    <name>LeadStage::QualityTableModel</name>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="30"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="74"/>
        <source>%1 of %2 IQLs reached MQL within 180 days</source>
        <translation>%1 de %2 IQL alcanzaron MQL en 180 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="75"/>
        <source>* provisional: some 180 days not yet passed</source>
        <translation>* provisional: aún no han pasado algunos plazos de 180 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="77"/>
        <source>%1 of %2 IQLs became customers</source>
        <translation>%1 de %2 IQL se convirtieron en clientes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="79"/>
        <source>median over the %1 IQLs that reached MQL</source>
        <translation>mediana de los %1 IQL que alcanzaron MQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="81"/>
        <source>%1: %2 IQLs — double-click to list them</source>
        <translation>%1: %2 IQL — haga doble clic para listarlos</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="97"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="99"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="101"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="103"/>
        <source>Country</source>
        <translation>País</translation>
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
        <translation>IQL → cliente</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="113"/>
        <source>Median time to MQL</source>
        <translation>Tiempo mediano hasta MQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="125"/>
        <source>IQLs over all periods in the filter. Not judged against the 300–500 a month band: that band is for all leads, not one row.</source>
        <translation>IQL de todos los periodos del filtro. No se evalúan frente al rango de 300–500 al mes: ese rango es para todos los leads, no para una fila.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="128"/>
        <source>Share of the row&apos;s IQLs at MQL within 180 days; the company band is 15–25 %.</source>
        <translation>Proporción de los IQL de la fila convertidos en MQL en 180 días; el rango de la empresa es 15–25 %.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="130"/>
        <source>Share of the row&apos;s IQLs that became customers.</source>
        <translation>Proporción de los IQL de la fila que se convirtieron en clientes.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="132"/>
        <source>Median days from IQL to MQL over the row&apos;s MQLs; the company band is 90–180 days.</source>
        <translation>Mediana de días de IQL a MQL de los MQL de la fila; el rango de la empresa es 90–180 días.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="168"/>
        <source>IQLs from %1 at MQL within 180 days</source>
        <translation>IQL de %1 convertidos en MQL en 180 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="170"/>
        <source>IQLs from %1 that became customers</source>
        <translation>IQL de %1 que se convirtieron en clientes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="172"/>
        <source>IQLs from %1 that reached MQL</source>
        <translation>IQL de %1 que alcanzaron MQL</translation>
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
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="66"/>
        <source>CRM (recorded)</source>
        <translation>CRM (registrada)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="68"/>
        <source>Model (computed)</source>
        <translation>Modelo (calculada)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="70"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="72"/>
        <source>Model only</source>
        <translation>Solo modelo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="74"/>
        <source>CRM only</source>
        <translation>Solo CRM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="76"/>
        <source>CRM without date</source>
        <translation>CRM sin fecha</translation>
    </message>
</context>
<context>
    <name>LeadStage::RecordedStagesPanel</name>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="24"/>
        <source>Stages: recorded by the CRM and computed</source>
        <translation>Etapas: registradas por el CRM y calculadas</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="30"/>
        <source>CRM and model side by side</source>
        <translation>CRM y modelo lado a lado</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="31"/>
        <source>Computed stages (model)</source>
        <translation>Etapas calculadas (modelo)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="32"/>
        <source>Recorded stages (CRM)</source>
        <translation>Etapas registradas (CRM)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="65"/>
        <source>No lead has a stage recorded by the CRM. Import its lifecycle dates or yes/no columns (HubSpot&apos;s &quot;Became a … Date&quot;, Salesforce&apos;s converted date) to compare.</source>
        <translation>Ningún lead tiene una etapa registrada por el CRM. Importe sus fechas de ciclo de vida o sus columnas sí/no («Became a … Date» de HubSpot, la fecha de conversión de Salesforce) para comparar.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="68"/>
        <source>Of %1 leads, %2 have a stage recorded by the CRM; the model places %3 differently.</source>
        <translation>De %1 leads, %2 tienen una etapa registrada por el CRM; el modelo coloca %3 de forma distinta.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="73"/>
        <source>%1 leads with undated outcomes: counted in the stage counts, left out of every figure that needs an outcome&apos;s date.</source>
        <translation>%1 leads con resultados sin fecha: se cuentan en los recuentos por etapa y se excluyen de toda cifra que necesite la fecha de un resultado.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="77"/>
        <source>%1 leads with undated outcomes and %2 with undated recorded stages left out: the analysis date is before the workspace&apos;s.</source>
        <translation>%1 leads con resultados sin fecha y %2 con etapas registradas sin fecha excluidos: la fecha de análisis es anterior a la del espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>LeadStage::RejectedRowsDialog</name>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="27"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="31"/>
        <source>Rejected rows of import %1</source>
        <translation>Filas rechazadas de la importación %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="44"/>
        <source>Save these rows as CSV to correct them and import them again</source>
        <translation>Guardar estas filas como CSV para corregirlas e importarlas de nuevo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="49"/>
        <source>%1: %n row(s) rejected out of %2 read. Each is listed with its reason and the row as it was in the file.</source>
        <translation>
            <numerusform>%1: %n fila rechazada de %2 leídas. Se muestra con su motivo y tal como estaba en el archivo.</numerusform>
            <numerusform>%1: %n filas rechazadas de %2 leídas. Cada una se muestra con su motivo y tal como estaba en el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="55"/>
        <source>The rejected rows could not be read: %1</source>
        <translation>No se pudieron leer las filas rechazadas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="80"/>
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n fila guardada en %1.</numerusform>
            <numerusform>%n filas guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="87"/>
        <source>Export rejected rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="87"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="91"/>
        <source>The rows could not be saved: %1</source>
        <translation>No se pudieron guardar las filas: %1</translation>
    </message>
</context>
<context>
    <name>LeadStage::RejectedRowsModel</name>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="34"/>
        <source>the whole row</source>
        <translation>toda la fila</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="54"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="56"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="58"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/workspace/RejectedRowsModel.cpp" line="60"/>
        <source>Row as in the file</source>
        <translation>Fila tal como en el archivo</translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportExportDialog</name>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="83"/>
        <source>Use the dashboard&apos;s filters</source>
        <translation>Usar los filtros del panel</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="90"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="91"/>
        <source>Open the report when done</source>
        <translation>Abrir el informe al terminar</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="94"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="97"/>
        <source>Export Quarterly Report</source>
        <translation>Exportar informe trimestral</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="103"/>
        <source>Reading the workspace…</source>
        <translation>Leyendo el espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="113"/>
        <source>The dashboard&apos;s date range is not used: the quarter sets the dates.</source>
        <translation>No se usa el intervalo de fechas del panel: el trimestre fija las fechas.</translation>
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
        <translation>CSV (carpeta)</translation>
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
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="154"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="155"/>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="156"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="157"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="158"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="159"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="202"/>
        <source>Cannot read the workspace</source>
        <translation>No se puede leer el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="216"/>
        <source>The report cannot be made from this workspace.</source>
        <translation>El informe no se puede elaborar a partir de este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="257"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="350"/>
        <source>%1 (to date)</source>
        <translation>%1 (hasta la fecha)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="390"/>
        <source>Spreadsheets and CSV files have no pages.</source>
        <translation>Las hojas de cálculo y los archivos CSV no tienen páginas.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="397"/>
        <source>%1 %2 funnel report</source>
        <translation>Informe del embudo %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="436"/>
        <source>Folder for the CSV Files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="439"/>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="440"/>
        <source>Save the Report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="470"/>
        <source>%1 is a file: choose a folder for the CSV files.</source>
        <translation>%1 es un archivo: elija una carpeta para los archivos CSV.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="474"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 es una carpeta: elija un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="479"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Sustituirlo?</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="483"/>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="501"/>
        <source>Exporting the quarterly report</source>
        <translation>Exportando el informe trimestral</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="501"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="506"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="523"/>
        <source>The report was not written</source>
        <translation>No se escribió el informe</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="540"/>
        <source>Report Exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="541"/>
        <source>The quarterly report was written to
%1</source>
        <translation>El informe trimestral se escribió en
%1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="545"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="546"/>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportExportJob</name>
    <message>
        <location filename="../ui/report/ReportExportJob.cpp" line="36"/>
        <source>The export was cancelled: nothing was written.</source>
        <translation>La exportación se canceló: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportJob.cpp" line="127"/>
        <source>Close the file if another program has it open, or choose another name.</source>
        <translation>Cierre el archivo si otro programa lo tiene abierto, o elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportPreview</name>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="30"/>
        <location filename="../ui/report/ReportPreview.cpp" line="76"/>
        <source>Preparing preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="52"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="55"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="58"/>
        <location filename="../ui/report/ReportPreview.cpp" line="164"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="162"/>
        <source>Pages %1–%2 of %3</source>
        <translation>Páginas %1–%2 de %3</translation>
    </message>
</context>
<context>
    <name>LeadStage::RocChart</name>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>False positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>True positive rate</source>
        <translation>Tasa de verdaderos positivos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="22"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="31"/>
        <source>Score ≥ %1</source>
        <translation>Puntuación ≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="32"/>
        <source>No lead taken</source>
        <translation>Ningún lead tomado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="33"/>
        <source>%1: true positive rate %2 (%3 of %4 outcomes), false positive rate %5 (%6 of %7 leads without)</source>
        <translation>%1: tasa de verdaderos positivos %2 (%3 de %4 resultados), tasa de falsos positivos %5 (%6 de %7 leads sin resultado)</translation>
    </message>
</context>
<context>
    <name>LeadStage::RuleTreeModel</name>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="24"/>
        <source>once, at creation</source>
        <translation>una vez, al crearse</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="27"/>
        <source>each</source>
        <translation>cada vez</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="29"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="31"/>
        <source>at count %1</source>
        <translation>en la coincidencia %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Track</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="222"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="222"/>
        <source>Pays</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="222"/>
        <source>Cap</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="224"/>
        <source>What the rule scores, in the analyst&apos;s words; categories group the table</source>
        <translation>Lo que puntúa la regla, en palabras del analista; las categorías agrupan la tabla</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="225"/>
        <source>The activity key the rule scores, or a condition on a lead field (field rules pay once, at creation)</source>
        <translation>La clave de actividad que puntúa la regla, o una condición sobre un campo del lead (las reglas de campo suman una vez, al crearse)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="226"/>
        <source>A pattern on the event&apos;s detail (URL, asset, campaign) with * and ?; empty matches any</source>
        <translation>Un patrón sobre el detalle del evento (URL, recurso, campaña) con * y ?; vacío coincide con todo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="227"/>
        <source>The score the points go to: info and intent make engagement, product decides PQL</source>
        <translation>La puntuación a la que van los puntos: info e intención forman el engagement, producto decide el PQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="228"/>
        <source>Points paid each time the rule pays (negative points lower the score)</source>
        <translation>Puntos que se suman cada vez que la regla suma (los puntos negativos bajan la puntuación)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="229"/>
        <source>Each match, the first match, or once at the N-th match</source>
        <translation>Cada coincidencia, la primera coincidencia o una vez en la N-ésima coincidencia</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="230"/>
        <source>The most the rule pays in total; empty for no cap</source>
        <translation>Lo máximo que suma la regla en total; vacío para ningún límite</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="273"/>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="282"/>
        <source>%n rule(s) in “%1”; double-click to rename the category</source>
        <translation>
            <numerusform>%n regla en «%1»; haga doble clic para renombrar la categoría</numerusform>
            <numerusform>%n reglas en «%1»; haga doble clic para renombrar la categoría</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="303"/>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="358"/>
        <source>Field rule: %1&lt;br&gt;Pays %Ln %2 point(s) once, at the lead’s creation</source>
        <translation>
            <numerusform>Regla de campo: %1&lt;br&gt;Suma %Ln punto de %2 una vez, al crearse el lead</numerusform>
            <numerusform>Regla de campo: %1&lt;br&gt;Suma %Ln puntos de %2 una vez, al crearse el lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="364"/>
        <source>Activity &lt;tt&gt;%1&lt;/tt&gt;: %Ln event(s) in this workspace</source>
        <translation>
            <numerusform>Actividad &lt;tt&gt;%1&lt;/tt&gt;: %Ln evento en este espacio de trabajo</numerusform>
            <numerusform>Actividad &lt;tt&gt;%1&lt;/tt&gt;: %Ln eventos en este espacio de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="369"/>
        <source>Pays %Ln %1 point(s) %2</source>
        <translation>
            <numerusform>Suma %Ln punto de %1 %2</numerusform>
            <numerusform>Suma %Ln puntos de %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="367"/>
        <source>, detail matching &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>, detalle que coincide con &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="371"/>
        <source>, at most %1 in total</source>
        <translation>, como máximo %1 en total</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="397"/>
        <source>a rule needs a label</source>
        <translation>una regla necesita una etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="398"/>
        <source>Type what the rule scores, e.g. “Attended live”.</source>
        <translation>Escriba lo que puntúa la regla, p. ej. «Asistió en directo».</translation>
    </message>
</context>
<context>
    <name>LeadStage::RulesPanel</name>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="55"/>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="78"/>
        <source>Add Activity Rule</source>
        <translation>Añadir regla de actividad</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="55"/>
        <source>A rule that scores an activity (Ins)</source>
        <translation>Una regla que puntúa una actividad (Ins)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="57"/>
        <source>Add Field Rule</source>
        <translation>Añadir regla de campo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="57"/>
        <source>A rule on a lead field, paid once at creation</source>
        <translation>Una regla sobre un campo del lead, que suma una vez al crearse</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="59"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="59"/>
        <source>Copy the selected rule below it (Ctrl+D)</source>
        <translation>Copiar la regla seleccionada debajo de ella (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="61"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="61"/>
        <source>Delete the selected rule (Del)</source>
        <translation>Eliminar la regla seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="63"/>
        <source>Move to Category…</source>
        <translation>Mover a categoría…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="63"/>
        <source>Put the selected rule in another or a new category</source>
        <translation>Poner la regla seleccionada en otra categoría o en una nueva</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="79"/>
        <source>Duplicate Rule</source>
        <translation>Duplicar regla</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="80"/>
        <source>Delete Rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="163"/>
        <source>New activity rule</source>
        <translation>Nueva regla de actividad</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="177"/>
        <source>New field rule</source>
        <translation>Nueva regla de campo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="215"/>
        <source>Move to Category</source>
        <translation>Mover a categoría</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="216"/>
        <source>Category of “%1” (pick one or type a new one):</source>
        <translation>Categoría de «%1» (elija una o escriba una nueva):</translation>
    </message>
</context>
<context>
    <name>LeadStage::ScoreTimelinePlot</name>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="32"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="70"/>
        <source>This lead has not been scored yet: there is no score over time to draw.</source>
        <translation>Este lead aún no se ha puntuado: no hay evolución de la puntuación que dibujar.</translation>
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
        <translation>Intención</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="89"/>
        <source>Product</source>
        <translation>Producto</translation>
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
        <translation>PQL (producto)</translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="217"/>
        <source>%1
engagement %2 · info %3 · intent %4 · product %5 · decay %6</source>
        <translation>%1
engagement %2 · info %3 · intención %4 · producto %5 · decaimiento %6</translation>
    </message>
</context>
<context>
    <name>LeadStage::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="22"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="22"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="22"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="44"/>
        <source>Keys that work on a page (the scoring model&apos;s, the lead list&apos;s) act when that page has the focus.</source>
        <translation>Las teclas propias de una página (la del modelo de puntuación, la de la lista de leads) actúan cuando esa página tiene el foco.</translation>
    </message>
</context>
<context>
    <name>LeadStage::StageMatrixModel</name>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="46"/>
        <source>%1: %2 under both models</source>
        <translation>%1: %2 según ambos modelos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="47"/>
        <source>%1: %2 under the reference and %3 under the compared model. Double-click to open them in the lead explorer</source>
        <translation>%1: %2 según el modelo de referencia y %3 según el modelo comparado. Haga doble clic para abrirlos en el explorador de leads</translation>
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
        <translation>decaimiento por paso</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="27"/>
        <source>new field rule</source>
        <translation>nueva regla de campo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="31"/>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="90"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="92"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="96"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="108"/>
        <source>%1 (%2)
Now %3 points, suggested %4 (95 % interval %5 to %6 points)
Log-odds per unit %7, standard error %8
Leads touched: %9 fitted, %10 validated
Validation AUC if only this is accepted: %11</source>
        <translation>%1 (%2)
Ahora %3 puntos, sugeridos %4 (intervalo del 95 % de %5 a %6 puntos)
Log-odds por unidad %7, error estándar %8
Leads afectados: %9 ajustados, %10 validados
AUC de validación si solo se acepta esta: %11</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="126"/>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="175"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="177"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="179"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="181"/>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="183"/>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="185"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="187"/>
        <source>AUC alone</source>
        <translation>Solo AUC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="195"/>
        <source>Leads of the fitted window the rule touches (its support)</source>
        <translation>Leads de la ventana de ajuste a los que afecta la regla (su soporte)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="197"/>
        <source>The validation AUC if only this suggestion is accepted</source>
        <translation>El AUC de validación si solo se acepta esta sugerencia</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="199"/>
        <source>The suggestion&apos;s 95 % interval, in points</source>
        <translation>El intervalo del 95 % de la sugerencia, en puntos</translation>
    </message>
</context>
<context>
    <name>LeadStage::SuggestionsPanel</name>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="45"/>
        <source>%1, %2 positive</source>
        <translation>%1, %2 positivos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="53"/>
        <source>Suggest new field rules from the leads&apos; columns</source>
        <translation>Sugerir nuevas reglas de campo a partir de las columnas de los leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="58"/>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="280"/>
        <source>Check All</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="59"/>
        <source>Accept Checked</source>
        <translation>Aceptar las marcadas</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="60"/>
        <source>Accept All</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="71"/>
        <source>Also try the frequent values of text columns and the quartiles of number columns as new field rules (slower)</source>
        <translation>Probar también los valores frecuentes de las columnas de texto y los cuartiles de las columnas numéricas como nuevas reglas de campo (más lento)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="73"/>
        <source>Put the checked suggestions into the draft as one undoable edit</source>
        <translation>Poner las sugerencias marcadas en el borrador como una sola edición que se puede deshacer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="74"/>
        <source>Put every suggestion that changes something into the draft as one undoable edit</source>
        <translation>Poner cada sugerencia que cambia algo en el borrador como una sola edición que se puede deshacer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="155"/>
        <source>Fitting the suggested points…</source>
        <translation>Ajustando los puntos sugeridos…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="203"/>
        <source>No suggestions: %1. %2</source>
        <translation>Sin sugerencias: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="213"/>
        <source>Import more outcomes.</source>
        <translation>Importe más resultados.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="213"/>
        <source>Predict an earlier outcome (SQL), or import more outcomes.</source>
        <translation>Prediga un resultado anterior (SQL) o importe más resultados.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="216"/>
        <source>Score at IQL entry or choose a longer horizon.</source>
        <translation>Puntúe al entrar en IQL o elija un horizonte más largo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="217"/>
        <source>Score at IQL entry, choose a longer horizon or an earlier outcome (SQL).</source>
        <translation>Puntúe al entrar en IQL, elija un horizonte más largo o un resultado anterior (SQL).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="221"/>
        <source>Choose a later date or a longer horizon.</source>
        <translation>Elija una fecha posterior o un horizonte más largo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="222"/>
        <source>Choose a later date, a longer horizon or an earlier outcome (SQL).</source>
        <translation>Elija una fecha posterior, un horizonte más largo o un resultado anterior (SQL).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="228"/>
        <source>Open a workspace with outcomes to see suggested points.</source>
        <translation>Abra un espacio de trabajo con resultados para ver los puntos sugeridos.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="234"/>
        <source>Fitted as of %1 (%2), validated as of %3 (%4).</source>
        <translation>Ajustado a %1 (%2), validado a %3 (%4).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="240"/>
        <source>Fitted on the earlier-created two thirds of the leads (%1), validated on those created from %2 (%3). Snapshot: optimistic, leakage cannot be ruled out.</source>
        <translation>Ajustado con los dos primeros tercios de los leads por fecha de creación (%1), validado con los creados desde %2 (%3). Instantánea: optimista, no se puede descartar una fuga de información.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="248"/>
        <source>Fitted on the earlier two thirds of the moments (%1), validated on those from %2 (%3).</source>
        <translation>Ajustado con los dos primeros tercios de los momentos (%1), validado con los de %2 en adelante (%3).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="254"/>
        <source>Validation AUC: now %1; every suggestion accepted %2; the regression&apos;s own log-odds %3. %4</source>
        <translation>AUC de validación: ahora %1; con todas las sugerencias aceptadas %2; los log-odds propios de la regresión %3. %4</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="280"/>
        <source>Uncheck All</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="299"/>
        <source>Accept all %1 suggested points</source>
        <translation>Aceptar los %1 puntos sugeridos</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="300"/>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="313"/>
        <source>The suggestions were not accepted: %1</source>
        <translation>No se aceptaron las sugerencias: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="310"/>
        <source>Accept the suggested points of “%1”</source>
        <translation>Aceptar los puntos sugeridos de «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="311"/>
        <source>Accept %1 suggested points</source>
        <translation>Aceptar %1 puntos sugeridos</translation>
    </message>
</context>
<context>
    <name>LeadStage::TaskProgressDialog</name>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="30"/>
        <source>%1 read so far</source>
        <translation>%1 leídos hasta ahora</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="39"/>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="42"/>
        <source> — %1 %2/s, about %3 s left</source>
        <translation> — %1 %2/s, quedan unos %3 s</translation>
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
        <translation>puntuación (puntos)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="74"/>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="76"/>
        <source>engagement score</source>
        <translation>puntuación de engagement</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="79"/>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="263"/>
        <source>product score</source>
        <translation>puntuación de producto</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="169"/>
        <source>MQLs a month at this MQL threshold</source>
        <translation>MQL al mes con este umbral MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="172"/>
        <source>MQLs a month</source>
        <translation>MQL al mes</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="220"/>
        <source>▲ The bar at %2–%3 points goes off the top: %1</source>
        <translation>▲ La barra de %2–%3 puntos se sale por arriba: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="260"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2 %3&lt;/b&gt; (%4): %5 below · &lt;b&gt;%6&lt;/b&gt; at or above</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2 %3&lt;/b&gt; (%4): %5 por debajo · &lt;b&gt;%6&lt;/b&gt; en el umbral o por encima</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="263"/>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="349"/>
        <source>Drag a threshold&apos;s line to move it</source>
        <translation>Arrastre la línea de un umbral para moverlo</translation>
    </message>
</context>
<context>
    <name>LeadStage::ThresholdsPanel</name>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="24"/>
        <source>MQL needs intent</source>
        <translation>El MQL requiere intención</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="25"/>
        <source>ICP fit (A, B): MQL at</source>
        <translation>Ajuste ICP (A, B): MQL en</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="34"/>
        <source>A lead becomes an IQL the first time its engagement (info + intent − decay) reaches this</source>
        <translation>Un lead se convierte en IQL la primera vez que su engagement (info + intención − decaimiento) alcanza este valor</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="36"/>
        <source>A lead becomes an MQL when its engagement reaches this (with intent, when required) or a trigger fires</source>
        <translation>Un lead se convierte en MQL cuando su engagement alcanza este valor (con intención, si se requiere) o se activa un disparador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="37"/>
        <source>The MQL threshold for leads of fit grade A or B; above IQL and below MQL</source>
        <translation>El umbral MQL para leads de categoría de ajuste A o B; por encima de IQL y por debajo de MQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="38"/>
        <source>A lead becomes a PQL when its product score reaches this</source>
        <translation>Un lead se convierte en PQL cuando su puntuación de producto alcanza este valor</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="39"/>
        <source>A lower MQL threshold for leads of fit grade A or B</source>
        <translation>Un umbral MQL más bajo para leads de categoría de ajuste A o B</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="40"/>
        <source>Reaching the MQL score counts only after an intent rule paid or a trigger fired</source>
        <translation>Alcanzar la puntuación MQL solo cuenta después de que una regla de intención haya sumado o se haya activado un disparador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="43"/>
        <source>&amp;IQL at engagement ≥</source>
        <translation>&amp;IQL con engagement ≥</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="44"/>
        <source>&amp;MQL at engagement ≥</source>
        <translation>&amp;MQL con engagement ≥</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="50"/>
        <source>&amp;PQL at product score ≥</source>
        <translation>&amp;PQL con puntuación de producto ≥</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="51"/>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="53"/>
        <source>Drag a line on the histogram to move its threshold; the counts follow as you drag. The bars are the workspace&apos;s current scores under the active model.</source>
        <translation>Arrastre una línea del histograma para mover su umbral; los recuentos se actualizan mientras arrastra. Las barras son las puntuaciones actuales del espacio de trabajo con el modelo activo.</translation>
    </message>
</context>
<context>
    <name>LeadStage::TimeToMqlChart</name>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="28"/>
        <source>Time from IQL to MQL, all periods in the filter</source>
        <translation>Tiempo de IQL a MQL, todos los periodos del filtro</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="35"/>
        <source>Days from IQL to MQL (band 90–180)</source>
        <translation>Días de IQL a MQL (rango 90–180)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="36"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="72"/>
        <source>No selected lead went from IQL to MQL in the periods shown: no time to measure.</source>
        <translation>Ningún lead seleccionado pasó de IQL a MQL en los periodos mostrados: no hay tiempo que medir.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="88"/>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="89"/>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="90"/>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="122"/>
        <source>MQLs %1 days after IQL</source>
        <translation>MQL %1 días después del IQL</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="133"/>
        <source>%1 days: %2 leads
mean %3, Q1 %4, median %5, Q3 %6 (%7 leads)</source>
        <translation>%1 días: %2 leads
media %3, Q1 %4, mediana %5, Q3 %6 (%7 leads)</translation>
    </message>
</context>
<context>
    <name>LeadStage::TriggerTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Within days</source>
        <translation>En días</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="29"/>
        <source>What the trigger stands for</source>
        <translation>Lo que representa el disparador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="29"/>
        <source>The activity that makes a lead an MQL at once, whatever its score</source>
        <translation>La actividad que convierte un lead en MQL de inmediato, sea cual sea su puntuación</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="30"/>
        <source>A pattern on the event&apos;s detail with * and ?; empty matches any</source>
        <translation>Un patrón sobre el detalle del evento con * y ?; vacío coincide con todo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="31"/>
        <source>The trigger fires on the N-th match</source>
        <translation>El disparador se activa en la N-ésima coincidencia</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="32"/>
        <source>…within this many days of the first of those N matches (a sliding window); empty for ever</source>
        <translation>…en estos días desde la primera de esas N coincidencias (una ventana deslizante); vacío para siempre</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="50"/>
        <source>no window</source>
        <translation>sin ventana</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2): MQL at once on the %3 match of &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (id %2): MQL inmediato en la %3 coincidencia de &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="56"/>
        <source>first</source>
        <translation>primera</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="56"/>
        <source>%1th</source>
        <translation>%1.ª</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="58"/>
        <source> within %1 days of the first of them</source>
        <translation> en los %1 días siguientes a la primera de ellas</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="87"/>
        <source>a trigger needs a label</source>
        <translation>un disparador necesita una etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="87"/>
        <source>Type what the trigger stands for.</source>
        <translation>Escriba lo que representa el disparador.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="103"/>
        <source>this column cannot be edited</source>
        <translation>esta columna no se puede editar</translation>
    </message>
</context>
<context>
    <name>LeadStage::UserGuide</name>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="35"/>
        <source>LeadStage User Guide</source>
        <translation>Guía del usuario de LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="41"/>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="41"/>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="45"/>
        <source>Free some space in the temporary folder and try again.</source>
        <translation>Libere espacio en la carpeta temporal y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="57"/>
        <source>no web browser opened the guide</source>
        <translation>ningún navegador web abrió la guía</translation>
    </message>
    <message>
        <location filename="../ui/shell/UserGuide.cpp" line="57"/>
        <source>Open this file in a web browser.</source>
        <translation>Abra este archivo en un navegador web.</translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionDiffDialog</name>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="47"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="49"/>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="51"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="53"/>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="76"/>
        <source>Compare Versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="83"/>
        <source>&lt;span style=&apos;color:#166534&apos;&gt;+ added&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#991b1b&apos;&gt;- removed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#92400e&apos;&gt;~ changed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1e40af&apos;&gt;^ moved&lt;/span&gt; &amp;nbsp; — hover a line for its fields one by one</source>
        <translation>&lt;span style=&apos;color:#166534&apos;&gt;+ añadido&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#991b1b&apos;&gt;- quitado&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#92400e&apos;&gt;~ cambiado&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1e40af&apos;&gt;^ movido&lt;/span&gt; &amp;nbsp; — pase el ratón sobre una línea para ver sus campos uno a uno</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="99"/>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="101"/>
        <source>Copy the whole comparison as plain text, from the older version to the newer</source>
        <translation>Copiar toda la comparación como texto sin formato, de la versión más antigua a la más reciente</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="118"/>
        <source>Compare %1 → %2</source>
        <translation>Comparar %1 → %2</translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionHistoryDialog</name>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="45"/>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="59"/>
        <source>Scoring Model Versions</source>
        <translation>Versiones del modelo de puntuación</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="61"/>
        <source>Every saved version of the workspace&apos;s scoring models, newest first; the one in bold scores the workspace. Drop a model .json file here to import it.</source>
        <translation>Cada versión guardada de los modelos de puntuación del espacio de trabajo, la más reciente primero; la que está en negrita puntúa el espacio de trabajo. Suelte aquí un archivo de modelo .json para importarlo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="78"/>
        <source>Select one version to act on it, two to compare them (Ctrl+click)</source>
        <translation>Seleccione una versión para actuar sobre ella, dos para compararlas (Ctrl+clic)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="112"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="112"/>
        <source>Rescore the workspace with this version, then make it the active model</source>
        <translation>Volver a puntuar el espacio de trabajo con esta versión y convertirla en el modelo activo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="114"/>
        <source>&amp;Revert to This Version…</source>
        <translation>&amp;Revertir a esta versión…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="115"/>
        <source>Save a copy of this version as the next version of its name (with the reason), rescore with it and make it active; nothing is deleted</source>
        <translation>Guardar una copia de esta versión como la versión siguiente de su nombre (con el motivo), volver a puntuar con ella y activarla; no se elimina nada</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="118"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="119"/>
        <source>Save a copy of this version under a name you choose; it is not activated</source>
        <translation>Guardar una copia de esta versión con el nombre que elija; no se activa</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="121"/>
        <source>&amp;Load into Draft</source>
        <translation>&amp;Cargar en el borrador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="122"/>
        <source>Make the editor&apos;s draft a copy of this version, as one undo step; nothing is saved</source>
        <translation>Convertir el borrador del editor en una copia de esta versión, como un solo paso de deshacer; no se guarda nada</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="124"/>
        <source>&amp;Compare…</source>
        <translation>C&amp;omparar…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="125"/>
        <source>What differs: the two selected versions, or the selected one against the active model (double-click does the same)</source>
        <translation>Qué difiere: las dos versiones seleccionadas, o la seleccionada frente al modelo activo (el doble clic hace lo mismo)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="129"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportar JSON…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="129"/>
        <source>Write this version as a model file</source>
        <translation>Escribir esta versión como archivo de modelo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="131"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="132"/>
        <source>Save a model file as a new version (not active); you can also drop the file here</source>
        <translation>Guardar un archivo de modelo como versión nueva (no activa); también puede soltar el archivo aquí</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="142"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="225"/>
        <source>Revert to %1 v%2</source>
        <translation>Revertir a %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="226"/>
        <source>A copy of v%1 is saved as the next version of %2, the workspace is rescored with it, and it becomes the active model. Nothing is deleted. Why go back?</source>
        <translation>Se guarda una copia de v%1 como la versión siguiente de %2, el espacio de trabajo se vuelve a puntuar con ella y pasa a ser el modelo activo. No se elimina nada. ¿Por qué volver atrás?</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="235"/>
        <source>Back to v%1 (id %2)</source>
        <translation>Vuelta a v%1 (id %2)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="247"/>
        <source>Duplicate %1 v%2</source>
        <translation>Duplicar %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="248"/>
        <source>A copy is saved under the name below; it is not activated.</source>
        <translation>Se guarda una copia con el nombre de abajo; no se activa.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="250"/>
        <source>Copy of %1 v%2</source>
        <translation>Copia de %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="261"/>
        <source>Saved %1 v%2, a copy of %3 v%4 (not active).</source>
        <translation>Guardado %1 v%2, una copia de %3 v%4 (no activo).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="271"/>
        <source>The draft is a copy of the version now; edit it in the Scoring Model page and save it as a new version.</source>
        <translation>El borrador es ahora una copia de la versión; edítelo en la página Modelo de puntuación y guárdelo como versión nueva.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="284"/>
        <source>no version is active</source>
        <translation>no hay ninguna versión activa</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="285"/>
        <source>Select two versions to compare them.</source>
        <translation>Seleccione dos versiones para compararlas.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="313"/>
        <source>Export %1 v%2</source>
        <translation>Exportar %1 v%2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="314"/>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="336"/>
        <source>Scoring models (*.json)</source>
        <translation>Modelos de puntuación (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="327"/>
        <source>Exported %1 v%2 to %3.</source>
        <translation>%1 v%2 exportado a %3.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="335"/>
        <source>Import a Scoring Model</source>
        <translation>Importar un modelo de puntuación</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="349"/>
        <source>Nothing was stored: fix the model file and import it again.</source>
        <translation>No se guardó nada: corrija el archivo de modelo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="353"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="354"/>
        <source>The model is saved as a new version; it is not activated until you choose Activate.</source>
        <translation>El modelo se guarda como versión nueva; no se activa hasta que elija Activar.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="356"/>
        <source>Imported from %1</source>
        <translation>Importado desde %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="369"/>
        <source>Imported %1 as %2 v%3 (not active).</source>
        <translation>%1 importado como %2 v%3 (no activo).</translation>
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
        <translation>● activo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="64"/>
        <source>Saved %1 UTC</source>
        <translation>Guardado el %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="67"/>
        <source>%1 v%2 (id %3)</source>
        <translation>%1 v%2 (id %3)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="90"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="92"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="94"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="96"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="98"/>
        <source>Comment</source>
        <translation>Comentario</translation>
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
        <translation>Abra un espacio de trabajo para ver sus leads, o cree uno nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="24"/>
        <source>New Workspace…</source>
        <translation>Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="25"/>
        <source>Open Workspace…</source>
        <translation>Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="34"/>
        <source>Double-click or press Enter to open</source>
        <translation>Haga doble clic o pulse Intro para abrir</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="45"/>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
</context>
<context>
    <name>LeadStage::WhatIfPanel</name>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="67"/>
        <source>Read Again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="68"/>
        <source>Changed Leads…</source>
        <translation>Leads cambiados…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="70"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="71"/>
        <source>IQL metric</source>
        <translation>Métrica IQL</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="87"/>
        <source>What-if: draft beside active</source>
        <translation>Simulación: borrador junto al activo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="88"/>
        <source>What the draft would do to the dashboard&apos;s numbers, before it is saved. Recomputed after every edit; nothing is written.</source>
        <translation>Lo que el borrador haría con las cifras del panel, antes de guardarlo. Se recalcula tras cada edición; no se escribe nada.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="94"/>
        <source>Computing the draft&apos;s numbers…</source>
        <translation>Calculando las cifras del borrador…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="104"/>
        <source>Read the workspace again for the what-if</source>
        <translation>Volver a leer el espacio de trabajo para la simulación</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="112"/>
        <source>Click a line to open its leads in the lead explorer</source>
        <translation>Haga clic en una línea para abrir sus leads en el explorador de leads</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="114"/>
        <source>Open every lead whose stage the draft changes in the lead explorer</source>
        <translation>Abrir en el explorador de leads cada lead cuya etapa cambia el borrador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="121"/>
        <source>Stage counts</source>
        <translation>Recuentos por etapa</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="123"/>
        <source>IQL metrics, as on the dashboard&apos;s tiles</source>
        <translation>Métricas IQL, como en los indicadores del panel</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="125"/>
        <source>Leads that change stage</source>
        <translation>Leads que cambian de etapa</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="192"/>
        <source>Open a workspace to see what a draft would change on its dashboard.</source>
        <translation>Abra un espacio de trabajo para ver lo que cambiaría un borrador en su panel.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="241"/>
        <source>The draft equals the active model (%1): nothing would change. Edit a rule, a threshold or the decay to see here what it does to the dashboard&apos;s numbers.</source>
        <translation>El borrador es igual al modelo activo (%1): no cambiaría nada. Edite una regla, un umbral o el decaimiento para ver aquí lo que hace con las cifras del panel.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="256"/>
        <source>Comparing the draft with the active model…</source>
        <translation>Comparando el borrador con el modelo activo…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="267"/>
        <source>Could not compare the draft: %1. %2</source>
        <translation>No se pudo comparar el borrador: %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="275"/>
        <source>The draft differs from the active model, but not in its numbers: every stage count and IQL metric stays the same and no lead changes stage (%1).</source>
        <translation>El borrador difiere del modelo activo, pero no en sus cifras: cada recuento por etapa y cada métrica IQL siguen igual y ningún lead cambia de etapa (%1).</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="282"/>
        <source>For the dashboard&apos;s filter: %1</source>
        <translation>Para el filtro del panel: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="283"/>
        <source>The what-if uses the filter and bucket last chosen on the dashboard, so its numbers are the ones the dashboard will show once the draft is saved.</source>
        <translation>La simulación usa el filtro y la agrupación elegidos por última vez en el panel, así que sus cifras son las que mostrará el panel una vez guardado el borrador.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="288"/>
        <source>Stage changes: %1 of %2.</source>
        <translation>Cambios de etapa: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="293"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="295"/>
        <source>%1: %2 under the active model and %3 under the draft. Click to open them in the lead explorer.</source>
        <translation>%1: %2 con el modelo activo y %3 con el borrador. Haga clic para abrirlos en el explorador de leads.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="326"/>
        <source>Reading the workspace…</source>
        <translation>Leyendo el espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="328"/>
        <source>Reading the workspace… scoring its leads under the active model: %1 of %2</source>
        <translation>Leyendo el espacio de trabajo… puntuando sus leads con el modelo activo: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="331"/>
        <source>Reading the workspace… %1 rows read</source>
        <translation>Leyendo el espacio de trabajo… %1 filas leídas</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="339"/>
        <source>Could not read the workspace for the what-if: %1</source>
        <translation>No se pudo leer el espacio de trabajo para la simulación: %1</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="343"/>
        <source>Check that the file is still there, then read it again.</source>
        <translation>Compruebe que el archivo sigue ahí y vuelva a leerlo.</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="371"/>
        <source>Leads the draft moves to another stage (%1)</source>
        <translation>Leads que el borrador pasa a otra etapa (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="379"/>
        <source>%1 under the active model, %2 under the draft (%3)</source>
        <translation>%1 con el modelo activo, %2 con el borrador (%3)</translation>
    </message>
</context>
<context>
    <name>LeadStage::WhatIfTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="79"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="81"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="83"/>
        <source>Change</source>
        <translation>Cambio</translation>
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
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="31"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="90"/>
        <source>comma (,)</source>
        <translation>coma (,)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="92"/>
        <source>semicolon (;)</source>
        <translation>punto y coma (;)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="94"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="96"/>
        <source>pipe (|)</source>
        <translation>barra vertical (|)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="103"/>
        <source>%1 with byte-order mark</source>
        <translation>%1 con marca de orden de bytes</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="108"/>
        <source>the whole file</source>
        <translation>el archivo completo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="108"/>
        <source>the first %1 KiB</source>
        <translation>los primeros %1 KiB</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="111"/>
        <source>The encoding is the one you chose.</source>
        <translation>La codificación es la que eligió.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="113"/>
        <source>The encoding comes from the file&apos;s byte-order mark.</source>
        <translation>La codificación viene de la marca de orden de bytes del archivo.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="115"/>
        <source>UTF-8, because %1 is valid UTF-8.</source>
        <translation>UTF-8, porque %1 es UTF-8 válido.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="117"/>
        <source>Windows-1252, because the byte %1 at line %2, column %3 is not valid UTF-8 and nothing else in %4 reads as UTF-8. If the text looks wrong, choose the encoding above.</source>
        <translation>Windows-1252, porque el byte %1 en la línea %2, columna %3 no es UTF-8 válido y nada más en %4 se lee como UTF-8. Si el texto parece incorrecto, elija la codificación arriba.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="130"/>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="132"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="133"/>
        <source>%1 columns</source>
        <translation>%1 columnas</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="136"/>
        <source>no preset recognised: map the columns by hand</source>
        <translation>ningún preajuste reconocido: asigne las columnas a mano</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="137"/>
        <source>saved mapping</source>
        <translation>asignación guardada</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="143"/>
        <source>Read as %1, separated by %2, column names on row %3: %4 columns.</source>
        <translation>Leído como %1, separado por %2, nombres de columna en la fila %3: %4 columnas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="156"/>
        <source> (line %1, column %2)</source>
        <translation> (línea %1, columna %2)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="158"/>
        <source> (line %1)</source>
        <translation> (línea %1)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="170"/>
        <source>“%1” was imported before, as import %2 on %3: its rows already there count as unchanged, skipped or already there.</source>
        <translation>«%1» ya se importó, en la importación %2 del %3: sus filas ya existentes cuentan como sin cambios, omitidas o ya existentes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/WizardText.cpp" line="186"/>
        <source>&apos;%1&apos; in %n cell(s)</source>
        <translation>
            <numerusform>«%1» en %n celda</numerusform>
            <numerusform>«%1» en %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="188"/>
        <source>In “%1”, read as missing: %2.</source>
        <translation>En «%1», leído como ausente: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="202"/>
        <source>%1 from the column “%2”</source>
        <translation>%1 a partir de la columna «%2»</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="204"/>
        <source>%1 from their first event</source>
        <translation>%1 a partir de su primer evento</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="206"/>
        <source>%1 dated at the import&apos;s time (%2)</source>
        <translation>%1 con la hora de la importación (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="207"/>
        <source>Created dates of the new leads of “%1”: %2.</source>
        <translation>Fechas de creación de los leads nuevos de «%1»: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="210"/>
        <source>The leads of “%1” were named by file and line: the row on line 2 is the lead %1:2, and so on; importing the file again updates the same leads.</source>
        <translation>Los leads de «%1» se identificaron por archivo y línea: la fila de la línea 2 es el lead %1:2, y así sucesivamente; importar de nuevo el archivo actualiza los mismos leads.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="214"/>
        <source>The column “%1” of “%2” became %3 events of %4 at each lead&apos;s created date (%5 were there already).</source>
        <translation>La columna «%1» de «%2» se convirtió en %3 eventos de %4 en la fecha de creación de cada lead (%5 ya existían).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="221"/>
        <source>&apos;%1&apos; (%2 more)</source>
        <translation>«%1» (%2 más)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="222"/>
        <source>%1 rows repeat the CRM id or e-mail of an earlier row: %2.</source>
        <translation>%1 filas repiten el id de CRM o el correo electrónico de una fila anterior: %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="228"/>
        <source>The activity &apos;%1&apos; had no key: created as %2 (track %3, category %4, 0 points until a rule uses it) for %5 rows.</source>
        <translation>La actividad «%1» no tenía clave: se creó como %2 (recorrido %3, categoría %4, 0 puntos hasta que una regla la use) para %5 filas.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="232"/>
        <source>Nothing would be imported while keys repeat: go Back to the column mapping and check which column is the lead&apos;s id, or tick “Import anyway” there.</source>
        <translation>No se importaría nada mientras se repitan claves: vuelva Atrás a la asignación de columnas y compruebe qué columna es el id del lead, o marque allí «Importar de todos modos».</translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceOpener</name>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="56"/>
        <source>Preferences set the analysis date to %1; the workspace was scored as of %2</source>
        <translation>Las preferencias fijan la fecha de análisis en %1; el espacio de trabajo se puntuó a fecha de %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="72"/>
        <source>%1. Every lead has been rescored.</source>
        <translation>%1. Cada lead se ha vuelto a puntuar.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="74"/>
        <source>%1. Rescoring was cancelled: the dashboard shows no numbers until every lead is rescored. Open the workspace again to rescore it.</source>
        <translation>%1. La nueva puntuación se canceló: el panel no muestra cifras hasta que se vuelva a puntuar cada lead. Vuelva a abrir el espacio de trabajo para puntuarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="78"/>
        <source>%1. Rescoring them failed: %2</source>
        <translation>%1. Su nueva puntuación falló: %2</translation>
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
        <translation>Eventos de engagement</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="30"/>
        <source>Sales outcomes</source>
        <translation>Resultados de ventas</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="32"/>
        <source>Activity types</source>
        <translation>Tipos de actividad</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="34"/>
        <source>Scoring model versions</source>
        <translation>Versiones del modelo de puntuación</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="36"/>
        <source>Scored leads</source>
        <translation>Leads puntuados</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="38"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="40"/>
        <source>Rejected import rows</source>
        <translation>Filas de importación rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="61"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="61"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="107"/>
        <source>Events from %1 to %2 (UTC)</source>
        <translation>Eventos del %1 al %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="110"/>
        <source>This workspace has no engagement events yet.</source>
        <translation>Este espacio de trabajo aún no tiene eventos de engagement.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="117"/>
        <source>%1 rows in table %2</source>
        <translation>%1 filas en la tabla %2</translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceTabs</name>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="19"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="20"/>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="21"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="22"/>
        <source>The IQL dashboard: the four IQL metrics, charts and source quality (Ctrl+1)</source>
        <translation>El panel IQL: las cuatro métricas IQL, los gráficos y la calidad de las fuentes (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="23"/>
        <source>Every lead, or the leads behind a dashboard number (Ctrl+2)</source>
        <translation>Todos los leads, o los leads detrás de una cifra del panel (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="24"/>
        <source>Scoring &amp;Model</source>
        <translation>&amp;Modelo de puntuación</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="25"/>
        <source>What the workspace file holds (Ctrl+3)</source>
        <translation>Lo que contiene el archivo del espacio de trabajo (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="26"/>
        <source>Edit the scoring rules, thresholds, decay, fit and nurture; save as a new version (Ctrl+4)</source>
        <translation>Editar las reglas de puntuación, los umbrales, el decaimiento, el ajuste y el nurturing; guardar como versión nueva (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="28"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="30"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="32"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="34"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="35"/>
        <source>Grade</source>
        <translation>Categoría</translation>
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
        <translation>Intención</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="43"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="45"/>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="47"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="49"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="51"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="53"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="55"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="57"/>
        <source>CRM id</source>
        <translation>Id de CRM</translation>
    </message>
</context>
<context>
    <name>MetricsError</name>
    <message>
        <location filename="../core/metrics/SnapshotLoader.cpp" line="165"/>
        <source>the workspace changed while it was being read (leads were imported, removed or rescored)</source>
        <translation>el espacio de trabajo cambió mientras se leía (se importaron, quitaron o volvieron a puntuar leads)</translation>
    </message>
    <message>
        <location filename="../core/metrics/SnapshotLoader.cpp" line="168"/>
        <source>Try again once the import or rescore has finished.</source>
        <translation>Inténtelo de nuevo cuando haya terminado la importación o la nueva puntuación.</translation>
    </message>
    <message>
        <location filename="../core/metrics/SnapshotLoader.cpp" line="173"/>
        <source>loading the dashboard data was cancelled</source>
        <translation>se canceló la carga de los datos del panel</translation>
    </message>
</context>
<context>
    <name>ModelValidation</name>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="53"/>
        <source>missing (expected a string)</source>
        <translation>falta (se esperaba una cadena de texto)</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="55"/>
        <location filename="../core/scoring/JsonReader.cpp" line="117"/>
        <source>expected a string</source>
        <translation>se esperaba una cadena de texto</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="70"/>
        <location filename="../core/scoring/ModelJson.cpp" line="84"/>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="75"/>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="89"/>
        <source>missing (expected a number)</source>
        <translation>falta (se esperaba un número)</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="99"/>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="110"/>
        <source>expected an array of strings</source>
        <translation>se esperaba un array de cadenas de texto</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="128"/>
        <source>missing (expected an array)</source>
        <translation>falta (se esperaba un array)</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="132"/>
        <source>expected an array</source>
        <translation>se esperaba un array</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="139"/>
        <location filename="../core/scoring/JsonReader.cpp" line="154"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location filename="../core/scoring/JsonReader.cpp" line="168"/>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="31"/>
        <location filename="../core/scoring/ModelJson.cpp" line="424"/>
        <source>See the limits in docs/scoring.md.</source>
        <translation>Consulte los límites en docs/scoring.md.</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="111"/>
        <source>fit rules</source>
        <translation>reglas de ajuste</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="142"/>
        <source>must be at least %1, not %2</source>
        <translation>debe ser como mínimo %1, no %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="144"/>
        <source>must be at most %1, not %2</source>
        <translation>debe ser como máximo %1, no %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="150"/>
        <source>must be at most %1 characters long, not %2</source>
        <translation>debe tener como máximo %1 caracteres, no %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="157"/>
        <source>may hold at most %1 %2, not %3</source>
        <translation>puede contener como máximo %1 %2, no %3</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelLimits.cpp" line="168"/>
        <source>must not be empty (a name of 1 to %1 characters)</source>
        <translation>no debe estar vacío (un nombre de 1 a %1 caracteres)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="73"/>
        <source>expected a string or a number</source>
        <translation>se esperaba una cadena de texto o un número</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="77"/>
        <source>expected a non-empty array of strings or numbers</source>
        <translation>se esperaba un array no vacío de cadenas de texto o números</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="81"/>
        <source>expected a string or an array of strings</source>
        <translation>se esperaba una cadena de texto o un array de cadenas de texto</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="88"/>
        <source>expected [low, high], two numbers</source>
        <translation>se esperaba [low, high], dos números</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="91"/>
        <source>low is above high</source>
        <translation>low es mayor que high</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="96"/>
        <source>expected true, false or nothing</source>
        <translation>se esperaba true, false o nada</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="128"/>
        <source>unknown track %1 (expected info, intent or product)</source>
        <translation>recorrido desconocido %1 (se esperaba info, intent o product)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="141"/>
        <source>unknown pay mode %1 (expected each, once or atCount)</source>
        <translation>modo de pago desconocido %1 (se esperaba each, once o atCount)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="149"/>
        <source>only rules that pay atCount take a count</source>
        <translation>solo las reglas que pagan atCount admiten un recuento</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="166"/>
        <source>a rule matches either an activity or a field, not both</source>
        <translation>una regla coincide con una actividad o con un campo, no con ambos</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="168"/>
        <source>missing &quot;activity&quot; or &quot;field&quot;</source>
        <translation>falta «activity» o «field»</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="178"/>
        <source>field rules pay once</source>
        <translation>las reglas de campo pagan una sola vez</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="222"/>
        <source>expected A &gt;= B &gt;= C</source>
        <translation>se esperaba A &gt;= B &gt;= C</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="232"/>
        <source>unknown value %1 (expected %2)</source>
        <translation>valor desconocido %1 (se esperaba %2)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="257"/>
        <source>steps must start at increasing weeks</source>
        <translation>los pasos deben empezar en semanas crecientes</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="270"/>
        <source>duplicate id %1</source>
        <translation>id duplicado %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="279"/>
        <source>unknown format %1 (expected &quot;%2&quot;)</source>
        <translation>formato desconocido %1 (se esperaba «%2»)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="283"/>
        <source>version %1 is newer than this LeadStage reads (up to %2)</source>
        <translation>la versión %1 es más reciente de lo que esta versión de LeadStage puede leer (hasta %2)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="300"/>
        <source>missing (expected an object)</source>
        <translation>falta (se esperaba un objeto)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="421"/>
        <source>larger than the limit of %1 bytes for a model</source>
        <translation>supera el límite de %1 bytes para un modelo</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="433"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="435"/>
        <source>Check the file name and that you may read it.</source>
        <translation>Compruebe el nombre del archivo y que tiene permiso de lectura sobre él.</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="452"/>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="454"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Compruebe que la carpeta existe y que tiene permiso de escritura en ella.</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="468"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>no es JSON válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelJson.cpp" line="475"/>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="53"/>
        <source>rule %1 has no id</source>
        <translation>la regla %1 no tiene id</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="54"/>
        <source>Give every rule a short id.</source>
        <translation>Dé a cada regla un id corto.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="57"/>
        <source>two rules have the id &quot;%1&quot;</source>
        <translation>dos reglas tienen el id «%1»</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="58"/>
        <source>Give each rule its own id.</source>
        <translation>Dé a cada regla su propio id.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="63"/>
        <source>rule %1 pays %2 points</source>
        <translation>la regla %1 paga %2 puntos</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="64"/>
        <source>Keep points between −%1 and %1.</source>
        <translation>Mantenga los puntos entre −%1 y %1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="71"/>
        <source>rule %1: %2</source>
        <translation>regla %1: %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="72"/>
        <source>Complete the condition in the rule&apos;s criterion.</source>
        <translation>Complete la condición del criterio de la regla.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="78"/>
        <source>rule %1 names no activity</source>
        <translation>la regla %1 no indica ninguna actividad</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="79"/>
        <source>Choose the activity the rule scores.</source>
        <translation>Elija la actividad que puntúa la regla.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="82"/>
        <source>rule %1 pays at count %2</source>
        <translation>la regla %1 paga al alcanzar el recuento %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="85"/>
        <source>A count must be at least 2; at count 1 is the same as &quot;once&quot;.</source>
        <translation>El recuento debe ser como mínimo 2; pagar al recuento 1 equivale a «once».</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="94"/>
        <source>rule %1 has a cap of %2</source>
        <translation>la regla %1 tiene un límite de %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="95"/>
        <source>A cap must be above 0; clear it for no cap.</source>
        <translation>El límite debe ser mayor que 0; bórrelo para no tener límite.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="98"/>
        <source>rule %1 pays once, so its cap changes nothing</source>
        <translation>la regla %1 paga una sola vez, así que su límite no cambia nada</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="100"/>
        <source>Caps are for rules that pay each time; clear the cap.</source>
        <translation>Los límites son para reglas que pagan cada vez; borre el límite.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="104"/>
        <source>rule %1&apos;s cap of %2 is below the %3 points it pays</source>
        <translation>el límite de %2 de la regla %1 es inferior a los %3 puntos que paga</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="108"/>
        <source>Raise the cap to at least the rule&apos;s points, or lower the points.</source>
        <translation>Suba el límite al menos hasta los puntos de la regla, o baje los puntos.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="120"/>
        <source>trigger %1 has no id</source>
        <translation>el disparador %1 no tiene id</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="121"/>
        <source>Give every trigger an id.</source>
        <translation>Dé a cada disparador un id.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="124"/>
        <source>two triggers have the id &quot;%1&quot;</source>
        <translation>dos disparadores tienen el id «%1»</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="125"/>
        <source>Give each trigger its own id.</source>
        <translation>Dé a cada disparador su propio id.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="129"/>
        <source>trigger %1 names no activity</source>
        <translation>el disparador %1 no indica ninguna actividad</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="130"/>
        <source>Choose the activity that makes a lead an MQL.</source>
        <translation>Elija la actividad que convierte un lead en MQL.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="133"/>
        <source>trigger %1 fires at count %2</source>
        <translation>el disparador %1 se activa al recuento %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="136"/>
        <source>A count must be at least 1.</source>
        <translation>El recuento debe ser como mínimo 1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="139"/>
        <source>trigger %1 has a window of %2 days</source>
        <translation>el disparador %1 tiene una ventana de %2 días</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="142"/>
        <source>A window must be at least 1 day; clear it for no window.</source>
        <translation>La ventana debe ser de al menos 1 día; bórrela para no tener ventana.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="146"/>
        <source>trigger %1 has a window but fires on the first match</source>
        <translation>el disparador %1 tiene una ventana, pero se activa con la primera coincidencia</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="149"/>
        <source>A window needs a count of at least 2; raise the count or clear the window.</source>
        <translation>Una ventana necesita un recuento de al menos 2; suba el recuento o borre la ventana.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="159"/>
        <source>an IQL threshold of %1 makes every lead an IQL</source>
        <translation>un umbral IQL de %1 convierte a todos los leads en IQL</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="161"/>
        <source>Set the IQL threshold to at least 1.</source>
        <translation>Fije el umbral IQL en 1 como mínimo.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="165"/>
        <source>the MQL threshold %1 is not above the IQL threshold %2</source>
        <translation>el umbral MQL %1 no es mayor que el umbral IQL %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="168"/>
        <source>Leads must pass IQL before MQL: set MQL above IQL.</source>
        <translation>Los leads deben pasar por IQL antes que por MQL: fije el MQL por encima del IQL.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="171"/>
        <source>the ICP MQL threshold %1 is not between IQL %2 and MQL %3</source>
        <translation>el umbral MQL ICP %1 no está entre el IQL %2 y el MQL %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="176"/>
        <source>Set it above IQL and below MQL, or clear it.</source>
        <translation>Fíjelo por encima del IQL y por debajo del MQL, o bórrelo.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="179"/>
        <source>a PQL threshold of %1 makes every lead a PQL</source>
        <translation>un umbral PQL de %1 convierte a todos los leads en PQL</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="181"/>
        <source>Set the PQL threshold to at least 1.</source>
        <translation>Fije el umbral PQL en 1 como mínimo.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="185"/>
        <source>a threshold of %1 is out of reach</source>
        <translation>un umbral de %1 es inalcanzable</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="186"/>
        <source>Keep thresholds at most %1.</source>
        <translation>Mantenga los umbrales en %1 como máximo.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="194"/>
        <source>a grace of %1 months</source>
        <translation>un periodo de gracia de %1 meses</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="195"/>
        <source>Choose 0 to %1 months.</source>
        <translation>Elija de 0 a %1 meses.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="199"/>
        <source>a decay of %1 points a month</source>
        <translation>un decaimiento de %1 puntos al mes</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="201"/>
        <source>Choose 0 (no decay) to %1 points.</source>
        <translation>Elija de 0 (sin decaimiento) a %1 puntos.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="212"/>
        <source>fit rule %1: %2</source>
        <translation>regla de ajuste %1: %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="213"/>
        <source>Complete the fit rule&apos;s condition.</source>
        <translation>Complete la condición de la regla de ajuste.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="216"/>
        <source>fit rule %1 gives %2 points</source>
        <translation>la regla de ajuste %1 da %2 puntos</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="219"/>
        <source>Fit points run from 0 to 100: keep a rule between −100 and 100.</source>
        <translation>Los puntos de ajuste van de 0 a 100: mantenga cada regla entre −100 y 100.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="225"/>
        <source>grade boundaries A %1, B %2, C %3 are not 100 ≥ A &gt; B &gt; C ≥ 1</source>
        <translation>los límites de categoría A %1, B %2, C %3 no cumplen 100 ≥ A &gt; B &gt; C ≥ 1</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="230"/>
        <source>Each grade needs its own band of fit points: A above B above C, all within 1–100.</source>
        <translation>Cada categoría necesita su propio tramo de puntos de ajuste: A por encima de B, B por encima de C, todo dentro de 1–100.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="240"/>
        <source>nurture track %1 names &quot;%2&quot;</source>
        <translation>el recorrido de nurturing %1 indica «%2»</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="241"/>
        <source>Use %1.</source>
        <translation>Use %1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="252"/>
        <source>nurture track %1 has no id</source>
        <translation>el recorrido de nurturing %1 no tiene id</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="253"/>
        <source>Give every track a short id.</source>
        <translation>Dé a cada recorrido un id corto.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="256"/>
        <source>two nurture tracks have the id &quot;%1&quot;</source>
        <translation>dos recorridos de nurturing tienen el id «%1»</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="258"/>
        <source>Give each track its own id.</source>
        <translation>Dé a cada recorrido su propio id.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="268"/>
        <source>the nurture step from week %1 has no name</source>
        <translation>el paso de nurturing que empieza en la semana %1 no tiene nombre</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="270"/>
        <source>Name the step (&quot;Problem awareness&quot;).</source>
        <translation>Ponga nombre al paso («Conciencia del problema»).</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="273"/>
        <source>the first nurture step starts at week %1</source>
        <translation>el primer paso de nurturing empieza en la semana %1</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="275"/>
        <source>Start the first step at week 1, so every week after IQL has a step.</source>
        <translation>Haga empezar el primer paso en la semana 1, para que cada semana después del IQL tenga un paso.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="279"/>
        <source>nurture step &quot;%1&quot; starts at week %2, not after the step before it (week %3)</source>
        <translation>el paso de nurturing «%1» empieza en la semana %2, no después del paso anterior (semana %3)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="285"/>
        <source>Steps start at increasing weeks.</source>
        <translation>Los pasos empiezan en semanas crecientes.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="288"/>
        <source>nurture step &quot;%1&quot; starts at week %2</source>
        <translation>el paso de nurturing «%1» empieza en la semana %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="291"/>
        <source>Start steps within %1 weeks.</source>
        <translation>Haga empezar los pasos dentro de %1 semanas.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="303"/>
        <source>the model has no name</source>
        <translation>el modelo no tiene nombre</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="304"/>
        <source>Name the model; versions are kept per name.</source>
        <translation>Ponga nombre al modelo; las versiones se guardan por nombre.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="314"/>
        <source>a lead is stagnant after %1 days</source>
        <translation>un lead está estancado tras %1 días</translation>
    </message>
    <message>
        <location filename="../core/tuning/ModelValidator.cpp" line="315"/>
        <source>Choose 1 to %1 days.</source>
        <translation>Elija de 1 a %1 días.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="62"/>
        <source>Type %1.</source>
        <translation>Escriba %1.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="87"/>
        <source> is empty</source>
        <translation> está vacío</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="88"/>
        <source> is not empty</source>
        <translation> no está vacío</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="97"/>
        <source>a text or a number</source>
        <translation>un texto o un número</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="99"/>
        <source>values separated by commas</source>
        <translation>valores separados por comas</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="101"/>
        <source>words separated by commas (any of them)</source>
        <translation>palabras separadas por comas (cualquiera de ellas)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="104"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="106"/>
        <source>two numbers, low – high</source>
        <translation>dos números, mínimo – máximo</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="108"/>
        <source>nothing (is empty), or &quot;no&quot; (is not empty)</source>
        <translation>nada (está vacío), o «no» (no está vacío)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="118"/>
        <location filename="../core/tuning/ConditionText.cpp" line="184"/>
        <source>the condition names no field</source>
        <translation>la condición no indica ningún campo</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="119"/>
        <source>Choose a lead field such as industry or employees, or type an attrs key.</source>
        <translation>Elija un campo del lead, como el sector o los empleados, o escriba una clave de attrs.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="122"/>
        <location filename="../core/tuning/ConditionText.cpp" line="186"/>
        <source>&quot;%1&quot; names no extra column after attrs.</source>
        <translation>«%1» no indica ninguna columna adicional después de attrs.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="125"/>
        <source>Write the extra column&apos;s name after attrs., as in attrs.campaign.</source>
        <translation>Escriba el nombre de la columna adicional después de attrs., como en attrs.campaign.</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="132"/>
        <source>no value to compare with</source>
        <translation>no hay ningún valor con el que comparar</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="139"/>
        <source>the list is empty</source>
        <translation>la lista está vacía</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="151"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="159"/>
        <source>&quot;%1&quot; is not a range</source>
        <translation>«%1» no es un intervalo</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="163"/>
        <source>the low end %1 is above the high end %2</source>
        <translation>el extremo inferior %1 es mayor que el extremo superior %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="174"/>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>«%1» no es ni «yes» ni «no»</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="194"/>
        <source>the condition has no value to compare with</source>
        <translation>la condición no tiene ningún valor con el que comparar</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="198"/>
        <source>&quot;in&quot; needs a non-empty list of values</source>
        <translation>«in» necesita una lista de valores no vacía</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="202"/>
        <source>&quot;contains&quot; needs a word or a list of words</source>
        <translation>«contains» necesita una palabra o una lista de palabras</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="206"/>
        <source>&quot;%1&quot; needs a number</source>
        <translation>«%1» necesita un número</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="211"/>
        <source>&quot;between&quot; needs two numbers, low – high</source>
        <translation>«between» necesita dos números, mínimo – máximo</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="214"/>
        <source>the range&apos;s low end is above its high end</source>
        <translation>el extremo inferior del intervalo es mayor que el superior</translation>
    </message>
    <message>
        <location filename="../core/tuning/ConditionText.cpp" line="219"/>
        <source>&quot;empty&quot; takes no value</source>
        <translation>«empty» no admite ningún valor</translation>
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
        <translation>intención</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="34"/>
        <source>product</source>
        <translation>producto</translation>
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
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="33"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="39"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="40"/>
        <source>stagnant</source>
        <translation>estancado</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadScore.cpp" line="41"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/shell/ShortcutList.cpp" line="35"/>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>ReferenceBands</name>
    <message>
        <location filename="../core/metrics/ReferenceBands.cpp" line="19"/>
        <source>IQLs / month</source>
        <translation>IQL / mes</translation>
    </message>
    <message>
        <location filename="../core/metrics/ReferenceBands.cpp" line="21"/>
        <source>days</source>
        <translation>días</translation>
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
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="26"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="27"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="27"/>
        <source>intent</source>
        <translation>intención</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="28"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="29"/>
        <source>sql</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="29"/>
        <source>opportunity</source>
        <translation>oportunidad</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="30"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="102"/>
        <location filename="../core/report/ReportLanguage.cpp" line="125"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="119"/>
        <source>%1 pp</source>
        <translation>%1 p. p.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="158"/>
        <source>each</source>
        <translation>cada vez</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="160"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="162"/>
        <source>at count %1</source>
        <translation>en la %1.ª vez</translation>
    </message>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="172"/>
        <source>%1 (recorded by the CRM)</source>
        <translation>%1 (registrado por el CRM)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportCells.cpp" line="59"/>
        <location filename="../core/report/QuarterTables.cpp" line="209"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="30"/>
        <source>below the band</source>
        <translation>por debajo del rango</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="32"/>
        <source>within the band</source>
        <translation>dentro del rango</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="34"/>
        <source>above the band</source>
        <translation>por encima del rango</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="87"/>
        <source>Funnel by stage</source>
        <translation>Embudo por etapa</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="88"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="91"/>
        <source>Reached %1</source>
        <translation>Alcanzaron %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="94"/>
        <source>Conversion %1</source>
        <translation>Conversión %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="105"/>
        <source>Leads created in each quarter and the stages they reached by %1. Conversion is the share of the stage before (PQL: of IQL).</source>
        <translation>Leads creados en cada trimestre y las etapas que alcanzaron a %1. La conversión es la parte de la etapa anterior (PQL: del IQL).</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="115"/>
        <source>IQL metrics by quarter</source>
        <translation>Métricas IQL por trimestre</translation>
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
        <translation>IQL al mes</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="120"/>
        <source>IQL → MQL (180 days)</source>
        <translation>IQL → MQL (180 días)</translation>
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
        <translation>Días medianos hasta MQL</translation>
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
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="132"/>
        <location filename="../core/report/QuarterTables.cpp" line="249"/>
        <location filename="../core/report/QuarterTables.cpp" line="354"/>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="136"/>
        <source>IQLs per month is the mean over the quarter&apos;s whole months; conversion is the quarter&apos;s IQL cohort (provisional until its 180 days have passed); time to MQL covers the leads that became MQL in the quarter; engagement is the mean of the monthly rates of its whole months.</source>
        <translation>Los IQL al mes son la media de los meses completos del trimestre; la conversión es la de la cohorte de IQL del trimestre (provisional hasta que pasen sus 180 días); el tiempo hasta MQL abarca los leads que se convirtieron en MQL en el trimestre; el engagement es la media de las tasas mensuales de sus meses completos.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="161"/>
        <source>IQL → MQL conversion (180 days)</source>
        <translation>Conversión IQL → MQL (180 días)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="162"/>
        <source>Median time to MQL</source>
        <translation>Tiempo mediano hasta MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="162"/>
        <source>Engagement rate</source>
        <translation>Tasa de engagement</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="175"/>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="182"/>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="185"/>
        <source>no figure for %1</source>
        <translation>sin cifra para %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="190"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="191"/>
        <source>IQLs / month</source>
        <translation>IQL / mes</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="196"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="197"/>
        <source>Band %1</source>
        <translation>Rango %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="207"/>
        <source>The four IQL metrics against their bands</source>
        <translation>Las cuatro métricas IQL frente a sus rangos</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="208"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="210"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="211"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="212"/>
        <source>Band</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="225"/>
        <source>IQL generation by month</source>
        <translation>Generación de IQL por mes</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="226"/>
        <location filename="../core/report/QuarterTables.cpp" line="297"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="230"/>
        <source>Leads whose IQL date falls in the month. Band: 300–500 a month.</source>
        <translation>Leads cuya fecha de IQL cae en el mes. Rango: 300–500 al mes.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="238"/>
        <source>IQL → MQL conversion by monthly cohort</source>
        <translation>Conversión IQL → MQL por cohorte mensual</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="242"/>
        <location filename="../core/report/QuarterTables.cpp" line="340"/>
        <source>MQL within 180 days</source>
        <translation>MQL en 180 días</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="243"/>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="244"/>
        <location filename="../core/report/QuarterTables.cpp" line="301"/>
        <location filename="../core/report/QuarterTables.cpp" line="345"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="252"/>
        <source>A cohort is provisional until 180 days have passed for every member. Band: 15–25 %.</source>
        <translation>Una cohorte es provisional hasta que han pasado 180 días para cada uno de sus miembros. Rango: 15–25 %.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="261"/>
        <source>Time to MQL by month</source>
        <translation>Tiempo hasta MQL por mes</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="263"/>
        <source>Month of MQL</source>
        <translation>Mes del MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="265"/>
        <source>Lower quartile (days)</source>
        <translation>Primer cuartil (días)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="266"/>
        <source>Median (days)</source>
        <translation>Mediana (días)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="267"/>
        <source>Upper quartile (days)</source>
        <translation>Tercer cuartil (días)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="268"/>
        <source>Mean (days)</source>
        <translation>Media (días)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="274"/>
        <source>Days from IQL to MQL of the leads that became MQL in the month. Band: 90–180 days.</source>
        <translation>Días de IQL a MQL de los leads que se convirtieron en MQL en el mes. Rango: 90–180 días.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="283"/>
        <source>Time to MQL in %1</source>
        <translation>Tiempo hasta MQL en %1</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="284"/>
        <source>Days to MQL</source>
        <translation>Días hasta MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="296"/>
        <source>Engagement by month</source>
        <translation>Engagement por mes</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="298"/>
        <source>IQLs during the month</source>
        <translation>IQL durante el mes</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="299"/>
        <source>With an event</source>
        <translation>Con un evento</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="305"/>
        <source>partial month</source>
        <translation>mes parcial</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="306"/>
        <source>whole month</source>
        <translation>mes completo</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="309"/>
        <source>Of the leads that were IQL during the month, the share with at least one event in it. Band: 35–50 %.</source>
        <translation>De los leads que fueron IQL durante el mes, la parte con al menos un evento en él. Rango: 35–50 %.</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="323"/>
        <location filename="../core/report/ReportBuilder.cpp" line="179"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="325"/>
        <source>IQLs of %1 by source</source>
        <translation>IQL de %1 por fuente</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="327"/>
        <location filename="../core/report/ReportBuilder.cpp" line="180"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="330"/>
        <source>IQLs of %1 by campaign</source>
        <translation>IQL de %1 por campaña</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="332"/>
        <location filename="../core/report/ReportBuilder.cpp" line="181"/>
        <source>Vertical</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="335"/>
        <source>IQLs of %1 by vertical</source>
        <translation>IQL de %1 por sector</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="341"/>
        <source>IQL → MQL</source>
        <translation>IQL → MQL</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="342"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="343"/>
        <source>IQL → customer</source>
        <translation>IQL → cliente</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="348"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="358"/>
        <source>The quarter&apos;s IQLs by their value, most first; IQL → customer counts customers won by the analysis date.</source>
        <translation>Los IQL del trimestre por su valor, los más numerosos primero; IQL → cliente cuenta los clientes ganados hasta la fecha de análisis.</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="25"/>
        <source>The model in force</source>
        <translation>El modelo vigente</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="26"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="32"/>
        <location filename="../core/report/ModelTables.cpp" line="41"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="34"/>
        <source>Id in the workspace</source>
        <translation>Id en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="36"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="38"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="42"/>
        <source>built-in default, not saved yet</source>
        <translation>modelo predeterminado integrado, aún sin guardar</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="45"/>
        <source>IQL threshold (points)</source>
        <translation>Umbral IQL (puntos)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="47"/>
        <source>MQL threshold (points)</source>
        <translation>Umbral MQL (puntos)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="49"/>
        <source>MQL requires intent</source>
        <translation>El MQL requiere intención</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="50"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="51"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="52"/>
        <source>PQL threshold (product points)</source>
        <translation>Umbral PQL (puntos de producto)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="54"/>
        <source>Decay starts after (months without activity)</source>
        <translation>El decaimiento empieza tras (meses sin actividad)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="56"/>
        <source>Decay (points a month)</source>
        <translation>Decaimiento (puntos al mes)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="59"/>
        <source>Fit grades A / B / C from (points)</source>
        <translation>Categorías de ajuste A / B / C desde (puntos)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="69"/>
        <source>Scoring rules</source>
        <translation>Reglas de puntuación</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="70"/>
        <location filename="../core/report/ModelTables.cpp" line="111"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="71"/>
        <source>Track</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="72"/>
        <location filename="../core/report/ModelTables.cpp" line="93"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="73"/>
        <location filename="../core/report/ModelTables.cpp" line="112"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="74"/>
        <location filename="../core/report/ModelTables.cpp" line="113"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="75"/>
        <source>Pays</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="76"/>
        <source>Cap</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="91"/>
        <source>MQL triggers</source>
        <translation>Disparadores de MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="92"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="94"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="95"/>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="96"/>
        <source>Within (days)</source>
        <translation>En (días)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="110"/>
        <source>Fit rules</source>
        <translation>Reglas de ajuste</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="128"/>
        <source>Back-test against outcomes</source>
        <translation>Prueba retrospectiva con los resultados</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="129"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="133"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="135"/>
        <source>Scored as of</source>
        <translation>Puntuado a</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="137"/>
        <source>Horizon (days)</source>
        <translation>Horizonte (días)</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="139"/>
        <source>Leads scored</source>
        <translation>Leads puntuados</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="141"/>
        <source>Reached the outcome within the horizon</source>
        <translation>Alcanzaron el resultado dentro del horizonte</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="144"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="146"/>
        <source>AUC 95 % interval, low</source>
        <translation>Intervalo del 95 % del AUC, inferior</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="148"/>
        <source>AUC 95 % interval, high</source>
        <translation>Intervalo del 95 % del AUC, superior</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="151"/>
        <source>MQL at the moment</source>
        <translation>MQL en el momento elegido</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="155"/>
        <source>Precision at the MQL threshold</source>
        <translation>Precisión en el umbral MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="157"/>
        <source>Recall at the MQL threshold</source>
        <translation>Exhaustividad en el umbral MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="160"/>
        <source>The horizon reaches past the analysis date: outcomes may still come, so these figures are provisional.</source>
        <translation>El horizonte va más allá de la fecha de análisis: aún pueden llegar resultados, así que estas cifras son provisionales.</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="162"/>
        <source>Each lead was scored with its events up to that date only, so nothing that came later leaks into the figures.</source>
        <translation>Cada lead se puntuó solo con sus eventos hasta esa fecha, así que nada posterior se filtra en las cifras.</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="171"/>
        <source>Outcome rate by score decile</source>
        <translation>Tasa de resultado por decil de puntuación</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="173"/>
        <source>Decile</source>
        <translation>Decil</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="174"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="175"/>
        <source>Reached the outcome</source>
        <translation>Alcanzaron el resultado</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="176"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="177"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="178"/>
        <source>Cumulative share of outcomes</source>
        <translation>Parte acumulada de los resultados</translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="187"/>
        <source>Decile 1 holds the highest scores; tied scores stay together, so a row may cover several deciles.</source>
        <translation>El decil 1 contiene las puntuaciones más altas; las puntuaciones empatadas se mantienen juntas, así que una fila puede abarcar varios deciles.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="20"/>
        <source>below its band of %1</source>
        <translation>por debajo de su rango de %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="22"/>
        <source>inside its band of %1</source>
        <translation>dentro de su rango de %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="24"/>
        <source>above its band of %1</source>
        <translation>por encima de su rango de %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="36"/>
        <source>%1–%2 a month</source>
        <translation>%1–%2 al mes</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="39"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 días</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="83"/>
        <source>%1 leads became IQL in %2; %3 had none.</source>
        <translation>%1 leads se convirtieron en IQL en %2; %3 no tuvo ninguno.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="86"/>
        <source>IQL generation stayed at %1 in %2, as in %3.</source>
        <translation>La generación de IQL se mantuvo en %1 en %2, como en %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="91"/>
        <source>IQL generation rose %1 to %2 in %3 (%4 in %5).</source>
        <translation>La generación de IQL subió %1 hasta %2 en %3 (%4 en %5).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="92"/>
        <source>IQL generation fell %1 to %2 in %3 (%4 in %5).</source>
        <translation>La generación de IQL bajó %1 hasta %2 en %3 (%4 en %5).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="99"/>
        <source>Against %1 a year earlier that is %2.</source>
        <translation>Frente a %1 un año antes, eso supone %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="105"/>
        <source>%1 IQLs a month is %2.</source>
        <translation>%1 IQL al mes está %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="118"/>
        <source>No lead became IQL in %1, so it has no conversion.</source>
        <translation>Ningún lead se convirtió en IQL en %1, así que no hay conversión.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="124"/>
        <source>IQL → MQL conversion of the %1 cohort stayed at %2, %3.</source>
        <translation>La conversión IQL → MQL de la cohorte %1 se mantuvo en %2, %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="129"/>
        <source>IQL → MQL conversion of the %1 cohort rose to %2 (%3), %4.</source>
        <translation>La conversión IQL → MQL de la cohorte %1 subió a %2 (%3), %4.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="130"/>
        <source>IQL → MQL conversion of the %1 cohort fell to %2 (%3), %4.</source>
        <translation>La conversión IQL → MQL de la cohorte %1 bajó a %2 (%3), %4.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="134"/>
        <source>IQL → MQL conversion of the %1 cohort is %2, %3.</source>
        <translation>La conversión IQL → MQL de la cohorte %1 es %2, %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="139"/>
        <source>The cohort is still provisional: some of its leads have had less than 180 days to convert.</source>
        <translation>La cohorte aún es provisional: algunos de sus leads han tenido menos de 180 días para convertirse.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="150"/>
        <source>The %1 leads that became MQL took a median of %2 from IQL, %3.</source>
        <translation>Los %1 leads que se convirtieron en MQL tardaron una mediana de %2 desde el IQL, %3.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="161"/>
        <source>Each month %1 of the IQLs engaged on average, %2.</source>
        <translation>Cada mes, de media, %1 de los IQL mostraron engagement, %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="172"/>
        <source>Of the %1 leads created in %2, %3 reached MQL and %4 became customers by %5.</source>
        <translation>De los %1 leads creados en %2, %3 alcanzaron MQL y %4 se convirtieron en clientes a %5.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="187"/>
        <source>Most IQLs came from %1: %2, %3 of the quarter&apos;s.</source>
        <translation>La mayoría de los IQL vinieron de %1: %2, el %3 de los del trimestre.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="199"/>
        <source>Back-tested as of %1, the model ranks a lead that went on to %2 within %3 days above one that did not with a probability of %4 (AUC).</source>
        <translation>En la prueba retrospectiva a %1, el modelo sitúa un lead que luego llegó a %2 en %3 días por encima de uno que no llegó con una probabilidad de %4 (AUC).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="182"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="191"/>
        <source>Fit grade</source>
        <translation>Categoría de ajuste</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="193"/>
        <source>all leads</source>
        <translation>todos los leads</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="277"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="278"/>
        <source>%1 as known on %2, for %3 (%4 of the workspace&apos;s %5 leads).</source>
        <translation>%1 según lo conocido a %2, para %3 (%4 de los %5 leads del espacio de trabajo).</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="285"/>
        <source>The quarter was not over on that date: its figures cover part of it.</source>
        <translation>El trimestre no había terminado en esa fecha: sus cifras abarcan solo una parte.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="299"/>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="302"/>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="309"/>
        <source>IQL metrics month by month</source>
        <translation>Métricas IQL mes a mes</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="310"/>
        <source>The fifteen months from %1 to the end of %2.</source>
        <translation>Los quince meses desde %1 hasta el final de %2.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="330"/>
        <source>share MQL within 180 days</source>
        <translation>parte de MQL en 180 días</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="335"/>
        <source>days from IQL to MQL</source>
        <translation>días de IQL a MQL</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="345"/>
        <source>share with an event</source>
        <translation>parte con un evento</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="357"/>
        <source>Sources, campaigns and verticals</source>
        <translation>Fuentes, campañas y sectores</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="366"/>
        <source>The scoring model</source>
        <translation>El modelo de puntuación</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="368"/>
        <source>Stages and scores come from the model that scored the workspace: %1.</source>
        <translation>Las etapas y puntuaciones proceden del modelo que puntuó el espacio de trabajo: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="377"/>
        <source>The workspace holds no dated outcomes (SQL, opportunity or customer), so the model could not be checked against what leads went on to do.</source>
        <translation>El espacio de trabajo no contiene resultados con fecha (SQL, oportunidad o cliente), así que el modelo no se pudo contrastar con lo que hicieron después los leads.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="385"/>
        <source>outcome rate</source>
        <translation>tasa de resultado</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="394"/>
        <source>What this report was made from</source>
        <translation>Con qué se elaboró este informe</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="395"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="399"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="400"/>
        <source>Analysis date</source>
        <translation>Fecha de análisis</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="403"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="405"/>
        <source>Leads in the workspace</source>
        <translation>Leads en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="407"/>
        <source>Leads the filter selects</source>
        <translation>Leads que selecciona el filtro</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="409"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="410"/>
        <source>Leads with outcomes</source>
        <translation>Leads con resultados</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="412"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="413"/>
        <source>Model JSON SHA-256</source>
        <translation>SHA-256 del JSON del modelo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="415"/>
        <source>Made by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="423"/>
        <source>Imports included</source>
        <translation>Importaciones incluidas</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="424"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="425"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="426"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="427"/>
        <source>Rows imported</source>
        <translation>Filas importadas</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="428"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="429"/>
        <source>File SHA-256</source>
        <translation>SHA-256 del archivo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="430"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="439"/>
        <source>An undone import&apos;s rows are not in the figures.</source>
        <translation>Las filas de una importación deshecha no están en las cifras.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="445"/>
        <source>Basis of this report</source>
        <translation>Base de este informe</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="446"/>
        <source>The report carries this basis and every number in a machine-readable manifest, sealed with a SHA-256 digest of the file: LeadStage&apos;s report verification recomputes the figures from the workspace and says whether each still holds, and whether the file was changed.</source>
        <translation>El informe lleva esta base y cada cifra en un manifiesto legible por máquina, sellado con un resumen SHA-256 del archivo: la verificación de informes de LeadStage recalcula las cifras a partir del espacio de trabajo e indica si cada una sigue siendo válida y si el archivo se modificó.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="483"/>
        <source>Quarterly funnel report</source>
        <translation>Informe trimestral del embudo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="486"/>
        <source>Figures as known on %1</source>
        <translation>Cifras según lo conocido a %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="488"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="489"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
</context>
<context>
    <name>ReportError</name>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="30"/>
        <source>the report&apos;s manifest is not valid JSON (%1 at byte %2)</source>
        <translation>el manifiesto del informe no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="36"/>
        <location filename="../core/report/ReportRequest.cpp" line="25"/>
        <location filename="../core/report/PdfManifest.cpp" line="38"/>
        <source>The file was changed after LeadStage wrote it; make the report again.</source>
        <translation>El archivo se modificó después de que LeadStage lo escribiera; vuelva a generar el informe.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="40"/>
        <source>the manifest is not a LeadStage quarterly report&apos;s</source>
        <translation>el manifiesto no es el de un informe trimestral de LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="47"/>
        <source>the report was made by a newer LeadStage (manifest version %1)</source>
        <translation>el informe lo generó una versión más reciente de LeadStage (versión de manifiesto %1)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportManifest.cpp" line="52"/>
        <source>Verify it with that version or a later one.</source>
        <translation>Verifíquelo con esa versión o con una posterior.</translation>
    </message>
    <message>
        <location filename="../core/report/HtmlReport.cpp" line="259"/>
        <source>the file holds no LeadStage report manifest</source>
        <translation>el archivo no contiene ningún manifiesto de informe de LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/HtmlReport.cpp" line="263"/>
        <source>Choose an HTML report that LeadStage wrote.</source>
        <translation>Elija un informe HTML escrito por LeadStage.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="156"/>
        <source>a file of that name is in the way of the report&apos;s folder</source>
        <translation>un archivo con ese nombre impide crear la carpeta del informe</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="157"/>
        <source>Choose another name for the folder.</source>
        <translation>Elija otro nombre para la carpeta.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="161"/>
        <source>the folder is not empty and holds no LeadStage CSV report</source>
        <translation>la carpeta no está vacía y no contiene ningún informe CSV de LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="163"/>
        <source>Choose a new or empty folder: LeadStage replaces only a CSV report it wrote.</source>
        <translation>Elija una carpeta nueva o vacía: LeadStage solo sustituye un informe CSV que haya escrito él mismo.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="167"/>
        <source>cannot create the folder that would hold the report</source>
        <translation>no se puede crear la carpeta que contendría el informe</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="169"/>
        <source>Check that the location exists and is writable.</source>
        <translation>Compruebe que la ubicación existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="174"/>
        <source>cannot create a folder beside the report&apos;s folder</source>
        <translation>no se puede crear una carpeta junto a la carpeta del informe</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="175"/>
        <location filename="../core/report/CsvReport.cpp" line="218"/>
        <source>Check that the location is writable.</source>
        <translation>Compruebe que se puede escribir en la ubicación.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="183"/>
        <source>a report file has no usable name (&quot;%1&quot;)</source>
        <translation>un archivo del informe no tiene un nombre utilizable («%1»)</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="188"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="190"/>
        <source>Check the free space and that the location is writable.</source>
        <translation>Compruebe el espacio libre y que se puede escribir en la ubicación.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="202"/>
        <source>cannot move the previous report aside</source>
        <translation>no se puede apartar el informe anterior</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="203"/>
        <source>Close any program that has its files open, then try again.</source>
        <translation>Cierre cualquier programa que tenga abiertos sus archivos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="207"/>
        <source>cannot replace the empty folder</source>
        <translation>no se puede sustituir la carpeta vacía</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="208"/>
        <source>Close any program that has it open, then try again.</source>
        <translation>Cierre cualquier programa que la tenga abierta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="217"/>
        <source>cannot move the written report into place</source>
        <translation>no se puede mover el informe escrito a su ubicación</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="230"/>
        <source>no such folder</source>
        <translation>no existe esa carpeta</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="231"/>
        <location filename="../core/report/CsvReport.cpp" line="244"/>
        <location filename="../core/report/CsvReport.cpp" line="270"/>
        <source>Give the folder the CSV report was written to.</source>
        <translation>Indique la carpeta en la que se escribió el informe CSV.</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="242"/>
        <source>the folder holds no %1, so it is not a LeadStage CSV report</source>
        <translation>la carpeta no contiene %1, así que no es un informe CSV de LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="253"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/report/CsvReport.cpp" line="266"/>
        <source>the report has no %1</source>
        <translation>el informe no tiene %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="20"/>
        <source>cannot create a file in this folder (%1)</source>
        <translation>no se puede crear un archivo en esta carpeta (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="23"/>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="40"/>
        <source>cannot replace the file (%1)</source>
        <translation>no se puede sustituir el archivo (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFile.cpp" line="41"/>
        <source>Close the file if another program has it open, or choose another name.</source>
        <translation>Cierre el archivo si otro programa lo tiene abierto, o elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="23"/>
        <source>The file is damaged or not a zip file; make the report again.</source>
        <translation>El archivo está dañado o no es un archivo zip; vuelva a generar el informe.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="28"/>
        <source>the zip unpacks to more than %1 bytes</source>
        <translation>el zip se descomprime en más de %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="30"/>
        <source>This is no report LeadStage wrote; do not open it.</source>
        <translation>No es un informe escrito por LeadStage; no lo abra.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="58"/>
        <source>cannot open the entry &quot;%1&quot;</source>
        <translation>no se puede abrir la entrada «%1»</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="67"/>
        <source>the entry &quot;%1&quot; is damaged (%2)</source>
        <translation>la entrada «%1» está dañada (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="80"/>
        <source>the entry &quot;%1&quot; fails its checksum</source>
        <translation>la entrada «%1» no supera su suma de comprobación</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="89"/>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="90"/>
        <source>Check the path.</source>
        <translation>Compruebe la ruta.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="94"/>
        <source>not a zip file, or a damaged one</source>
        <translation>no es un archivo zip, o está dañado</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="102"/>
        <location filename="../core/report/ZipArchive.cpp" line="106"/>
        <source>the zip&apos;s list of entries is damaged</source>
        <translation>la lista de entradas del zip está dañada</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="130"/>
        <location filename="../core/report/XlsxReport.cpp" line="144"/>
        <source>Check the free space and that you may write to the folder.</source>
        <translation>Compruebe el espacio libre y que tiene permiso de escritura en la carpeta.</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="137"/>
        <source>cannot create the zip file</source>
        <translation>no se puede crear el archivo zip</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="151"/>
        <source>cannot add &quot;%1&quot; to the zip file</source>
        <translation>no se puede añadir «%1» al archivo zip</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="155"/>
        <source>cannot write &quot;%1&quot; into the zip file</source>
        <translation>no se puede escribir «%1» en el archivo zip</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="160"/>
        <source>cannot finish &quot;%1&quot; in the zip file</source>
        <translation>no se puede terminar «%1» en el archivo zip</translation>
    </message>
    <message>
        <location filename="../core/report/ZipArchive.cpp" line="165"/>
        <source>cannot finish the zip file</source>
        <translation>no se puede terminar el archivo zip</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="124"/>
        <source>cannot start the workbook</source>
        <translation>no se puede iniciar el libro de Excel</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="125"/>
        <source>Check the free memory and the folder.</source>
        <translation>Compruebe la memoria libre y la carpeta.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="135"/>
        <source>cannot write the workbook: %1</source>
        <translation>no se puede escribir el libro de Excel: %1</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="141"/>
        <source>cannot write the workbook (%1)</source>
        <translation>no se puede escribir el libro de Excel (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="540"/>
        <source>the report&apos;s manifest holds no single seal placeholder</source>
        <translation>el manifiesto del informe no contiene exactamente un marcador de sello</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="541"/>
        <location filename="../core/report/XlsxReport.cpp" line="592"/>
        <source>This is a bug in LeadStage; please report it.</source>
        <translation>Es un error de LeadStage; por favor, comuníquelo.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="567"/>
        <source>the workbook does not hold its seal placeholder exactly once</source>
        <translation>el libro de Excel no contiene su marcador de sello exactamente una vez</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="571"/>
        <source>A table cell holds the seal&apos;s marker; this is a bug in LeadStage.</source>
        <translation>Una celda de la tabla contiene el marcador del sello; es un error de LeadStage.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReport.cpp" line="587"/>
        <source>the sealed workbook differs from the one sealed beyond its seal</source>
        <translation>el libro de Excel sellado difiere, más allá de su sello, del que se selló</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="24"/>
        <source>The workbook was changed after LeadStage wrote it; make the report again.</source>
        <translation>El libro de Excel se modificó después de que LeadStage lo escribiera; vuelva a generar el informe.</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="67"/>
        <source>the file is no Excel workbook (xl/workbook.xml is missing)</source>
        <translation>el archivo no es un libro de Excel (falta xl/workbook.xml)</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="80"/>
        <source>the workbook has no sheet &quot;%1&quot;, so no manifest</source>
        <translation>el libro de Excel no tiene la hoja «%1», así que no tiene manifiesto</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="89"/>
        <source>the workbook&apos;s sheet &quot;%1&quot; points nowhere</source>
        <translation>la hoja «%1» del libro de Excel no apunta a ninguna parte</translation>
    </message>
    <message>
        <location filename="../core/report/XlsxReportRead.cpp" line="162"/>
        <source>the workbook lacks its manifest sheet&apos;s part %1</source>
        <translation>al libro de Excel le falta la parte %1 de su hoja de manifiesto</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="21"/>
        <source>the report&apos;s manifest has a bad request: %1</source>
        <translation>el manifiesto del informe contiene una solicitud incorrecta: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="54"/>
        <source>no quarter</source>
        <translation>sin trimestre</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="61"/>
        <source>analysis date &quot;%1&quot;</source>
        <translation>fecha de análisis «%1»</translation>
    </message>
    <message>
        <location filename="../core/report/ReportRequest.cpp" line="71"/>
        <source>grade &quot;%1&quot;</source>
        <translation>categoría «%1»</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterFigures.cpp" line="28"/>
        <source>the quarter %1 starts after the analysis date %2</source>
        <translation>el trimestre %1 empieza después de la fecha de análisis %2</translation>
    </message>
    <message>
        <location filename="../core/report/QuarterFigures.cpp" line="33"/>
        <source>Choose %1 or an earlier quarter, or import newer data.</source>
        <translation>Elija %1 o un trimestre anterior, o importe datos más recientes.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="26"/>
        <source>the report was cancelled</source>
        <translation>el informe se canceló</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="30"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="77"/>
        <source>the workspace changed while the report was reading it</source>
        <translation>el espacio de trabajo cambió mientras el informe lo leía</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="81"/>
        <source>Make the report again once the import or rescore has finished.</source>
        <translation>Vuelva a generar el informe cuando haya terminado la importación o la nueva puntuación.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="506"/>
        <source>no report language &quot;%1&quot;</source>
        <translation>no existe el idioma de informe «%1»</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="510"/>
        <source>Choose one of: %1.</source>
        <translation>Elija uno de los siguientes: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="513"/>
        <source>%1, so the report&apos;s figures would be wrong</source>
        <translation>%1, por lo que las cifras del informe serían incorrectas</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="516"/>
        <source>Rescore the workspace, then make the report again.</source>
        <translation>Vuelva a puntuar el espacio de trabajo y genere de nuevo el informe.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="19"/>
        <source>not a LeadStage report: %1</source>
        <translation>no es un informe de LeadStage: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="20"/>
        <source>Give the PDF, XLSX, HTML, CSV folder or .zip that `leadstage report` wrote.</source>
        <translation>Indique el PDF, XLSX, HTML, la carpeta CSV o el .zip que escribió `leadstage report`.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="38"/>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="48"/>
        <source>cannot read it: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportReadBack.cpp" line="78"/>
        <source>it is no PDF, zip or HTML file LeadStage wrote</source>
        <translation>no es un archivo PDF, zip ni HTML escrito por LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/PdfManifest.cpp" line="27"/>
        <source>the PDF holds no LeadStage report manifest</source>
        <translation>el PDF no contiene ningún manifiesto de informe de LeadStage</translation>
    </message>
    <message>
        <location filename="../core/report/PdfManifest.cpp" line="31"/>
        <source>Verify a PDF that LeadStage wrote as a quarterly report.</source>
        <translation>Verifique un PDF que LeadStage haya escrito como informe trimestral.</translation>
    </message>
    <message>
        <location filename="../core/report/PdfManifest.cpp" line="34"/>
        <source>the PDF holds more than one LeadStage report manifest</source>
        <translation>el PDF contiene más de un manifiesto de informe de LeadStage</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="21"/>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>ScoreStatus</name>
    <message>
        <location filename="../core/store/ScoreStatus.cpp" line="80"/>
        <source>its scores are out of date: some leads have never been scored (found on %1)</source>
        <translation>sus puntuaciones están desactualizadas: algunos leads nunca se han puntuado (detectado el %1)</translation>
    </message>
    <message>
        <location filename="../core/store/ScoreStatus.cpp" line="84"/>
        <source>its scores are out of date: an import was undone on %1 and the rescore did not finish</source>
        <translation>sus puntuaciones están desactualizadas: se deshizo una importación el %1 y la nueva puntuación no terminó</translation>
    </message>
    <message>
        <location filename="../core/store/ScoreStatus.cpp" line="88"/>
        <source>its scores are out of date: an import changed the data on %1 and its rescore did not finish</source>
        <translation>sus puntuaciones están desactualizadas: una importación cambió los datos el %1 y su nueva puntuación no terminó</translation>
    </message>
</context>
<context>
    <name>ScoringError</name>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="90"/>
        <source>the default model is missing from this build</source>
        <translation>falta el modelo predeterminado en esta compilación</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringEngine.cpp" line="48"/>
        <source>one date per lead is needed (%1 dates for %2 leads)</source>
        <translation>se necesita una fecha por lead (%1 fechas para %2 leads)</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringEngine.cpp" line="61"/>
        <location filename="../core/scoring/ScoringEngine.cpp" line="83"/>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="331"/>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="457"/>
        <location filename="../core/scoring/ModelActivation.cpp" line="75"/>
        <source>scoring was cancelled</source>
        <translation>la puntuación se canceló</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelStore.cpp" line="129"/>
        <location filename="../core/scoring/ModelStore.cpp" line="143"/>
        <location filename="../core/scoring/ModelStore.cpp" line="165"/>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="109"/>
        <location filename="../core/scoring/ModelInForce.cpp" line="29"/>
        <source>no model with id %1</source>
        <translation>no existe ningún modelo con el id %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelStore.cpp" line="182"/>
        <source>a duplicate needs a name</source>
        <translation>un duplicado necesita un nombre</translation>
    </message>
    <message>
        <location filename="../core/scoring/ModelStore.cpp" line="183"/>
        <source>Give the copy a name, e.g. the original&apos;s with &quot;copy&quot; added.</source>
        <translation>Dé un nombre a la copia, p. ej. el del original con «copia» añadido.</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventColumnsLoader.cpp" line="91"/>
        <location filename="../core/scoring/EventRanges.cpp" line="21"/>
        <source>loading was cancelled</source>
        <translation>la carga se canceló</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventColumnsLoader.cpp" line="129"/>
        <source>too many activity types (at most 65535)</source>
        <translation>demasiados tipos de actividad (como máximo 65535)</translation>
    </message>
    <message>
        <location filename="../core/scoring/WorkspaceScorer.cpp" line="101"/>
        <source>no model chosen to score with</source>
        <translation>no se eligió ningún modelo con el que puntuar</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadStateCsv.cpp" line="67"/>
        <source>writing failed: %1</source>
        <translation>la escritura falló: %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/LeadStateCsv.cpp" line="98"/>
        <source>writing was cancelled</source>
        <translation>la escritura se canceló</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventColumnsLoader.cpp" line="306"/>
        <location filename="../core/scoring/EventRanges.cpp" line="83"/>
        <source>not enough memory to load the events</source>
        <translation>no hay memoria suficiente para cargar los eventos</translation>
    </message>
    <message>
        <location filename="../core/scoring/EventRanges.cpp" line="111"/>
        <source>an event&apos;s detail id (%1) is beyond what scoring can hold</source>
        <translation>el id de detalle de un evento (%1) supera lo que la puntuación puede contener</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/store/Database.cpp" line="89"/>
        <source>preparing a query</source>
        <translation>al preparar una consulta</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="98"/>
        <source>no database open</source>
        <translation>no hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="100"/>
        <source>%1 (while %2)</source>
        <translation>%1 (durante: %2)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="124"/>
        <source>Another program is using this workspace. Close it there (or let its work finish) and try again.</source>
        <translation>Otro programa está usando este espacio de trabajo. Ciérrelo allí (o deje que termine su trabajo) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="128"/>
        <source>The file or its folder is read-only. Make it writable, or save a copy where you can write.</source>
        <translation>El archivo o su carpeta son de solo lectura. Hágalos modificables, o guarde una copia donde pueda escribir.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="132"/>
        <source>The file is damaged. Restore it from a backup or create a new workspace; LeadStage has not changed it.</source>
        <translation>El archivo está dañado. Restáurelo desde una copia de seguridad o cree un espacio de trabajo nuevo; LeadStage no lo ha modificado.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="136"/>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>El disco está lleno. Libere espacio e inténtelo de nuevo; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="139"/>
        <source>Check that the file and its folder exist and that you may read them.</source>
        <translation>Compruebe que el archivo y su carpeta existen y que tiene permiso de lectura sobre ellos.</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="142"/>
        <source>The disk reported an error. Check the drive and try again.</source>
        <translation>El disco informó de un error. Compruebe la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/store/Transaction.cpp" line="25"/>
        <source>no transaction is open</source>
        <translation>no hay ninguna transacción abierta</translation>
    </message>
    <message>
        <location filename="../core/store/AnalysisDate.cpp" line="84"/>
        <source>the workspace&apos;s analysis date is not a number of seconds: &apos;%1&apos;</source>
        <translation>la fecha de análisis del espacio de trabajo no es un número de segundos: «%1»</translation>
    </message>
    <message>
        <location filename="../core/store/AnalysisDate.cpp" line="87"/>
        <source>Set it again with `leadstage score FILE --as-of YYYY-MM-DD` (or `--as-of latest`).</source>
        <translation>Vuelva a fijarla con `leadstage score FILE --as-of YYYY-MM-DD` (o `--as-of latest`).</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="44"/>
        <source>is empty (0 bytes): not a LeadStage workspace</source>
        <translation>está vacío (0 bytes): no es un espacio de trabajo de LeadStage</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="45"/>
        <location filename="../core/store/Workspace.cpp" line="178"/>
        <source>Choose a .leadstage file. To make a new workspace, use File → New Workspace, `leadstage import FILE --leads …` or `leadstage demo --out FILE`.</source>
        <translation>Elija un archivo .leadstage. Para crear un espacio de trabajo nuevo, use Archivo → Nuevo espacio de trabajo, `leadstage import FILE --leads …` o `leadstage demo --out FILE`.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="55"/>
        <source>is a folder, not a workspace file</source>
        <translation>es una carpeta, no un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="56"/>
        <source>Choose a .leadstage file inside it.</source>
        <translation>Elija un archivo .leadstage que esté dentro de ella.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="59"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="60"/>
        <source>Check that you may read the file.</source>
        <translation>Compruebe que tiene permiso de lectura sobre el archivo.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="67"/>
        <source>is not a LeadStage workspace (it is not an SQLite database)</source>
        <translation>no es un espacio de trabajo de LeadStage (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="68"/>
        <source>Choose a .leadstage file, or create a new workspace with File → New.</source>
        <translation>Elija un archivo .leadstage o cree un espacio de trabajo nuevo con Archivo → Nuevo.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="75"/>
        <location filename="../core/store/Workspace.cpp" line="83"/>
        <source>cannot be opened for writing</source>
        <translation>no se puede abrir para escritura</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="77"/>
        <source>is read-only</source>
        <translation>es de solo lectura</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="78"/>
        <source>Make the file writable (chmod u+w), or copy it to a folder where you can write and open the copy.</source>
        <translation>Haga que el archivo se pueda modificar (chmod u+w), o cópielo a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="87"/>
        <source>is in a read-only folder (LeadStage keeps its journal beside the file)</source>
        <translation>está en una carpeta de solo lectura (LeadStage guarda su diario junto al archivo)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="89"/>
        <source>Copy the workspace to a folder where you can write and open the copy.</source>
        <translation>Copie el espacio de trabajo a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="103"/>
        <location filename="../core/store/Workspace.cpp" line="143"/>
        <source>is damaged (%1)</source>
        <translation>está dañado (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="110"/>
        <source>is being written by another LeadStage (process %1 on %2: an import or a rescore)</source>
        <translation>lo está escribiendo otra instancia de LeadStage (proceso %1 en %2: una importación o una nueva puntuación)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="114"/>
        <source>Try again when it has finished.</source>
        <translation>Inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="116"/>
        <source>is locked by another program (%1)</source>
        <translation>está bloqueado por otro programa (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="176"/>
        <source>is an empty SQLite database (no tables): not a LeadStage workspace</source>
        <translation>es una base de datos SQLite vacía (sin tablas): no es un espacio de trabajo de LeadStage</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="185"/>
        <source>is an SQLite database, but not a LeadStage workspace</source>
        <translation>es una base de datos SQLite, pero no un espacio de trabajo de LeadStage</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="186"/>
        <source>Choose a .leadstage file; to bring data from another tool, import its CSV exports.</source>
        <translation>Elija un archivo .leadstage; para traer datos de otra herramienta, importe sus exportaciones CSV.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="190"/>
        <source>is not a LeadStage workspace: it carries LeadStage&apos;s mark but no schema version (PRAGMA user_version is 0), so LeadStage did not make it and cannot upgrade it</source>
        <translation>no es un espacio de trabajo de LeadStage: lleva la marca de LeadStage, pero ninguna versión de esquema (PRAGMA user_version es 0), así que no lo creó LeadStage y no puede actualizarlo</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="194"/>
        <source>Choose another .leadstage file; this one has not been changed.</source>
        <translation>Elija otro archivo .leadstage; este no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="199"/>
        <source>was written by a newer LeadStage (workspace version %1; this LeadStage reads up to %2)</source>
        <translation>lo escribió una versión más reciente de LeadStage (versión %1 del espacio de trabajo; esta versión de LeadStage lee hasta la %2)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="203"/>
        <source>Open it with a newer LeadStage. The file has not been changed.</source>
        <translation>Ábralo con una versión más reciente de LeadStage. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="208"/>
        <source>Make the file and its folder writable and open it again: the interrupted import is undone then, nothing else is changed.</source>
        <translation>Haga que el archivo y su carpeta se puedan modificar y vuelva a abrirlo: entonces se deshará la importación interrumpida y no se cambiará nada más.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="230"/>
        <source>was left mid-write by an interrupted import, and the file or its folder is read-only</source>
        <translation>quedó a medio escribir por una importación interrumpida, y el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="239"/>
        <source>is being written by another LeadStage (process %1 on %2)</source>
        <translation>lo está escribiendo otra instancia de LeadStage (proceso %1 en %2)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="240"/>
        <source>Open it again when that import or rescore has finished.</source>
        <translation>Vuelva a abrirlo cuando haya terminado esa importación o nueva puntuación.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="246"/>
        <location filename="../core/store/Workspace.cpp" line="256"/>
        <source>was left mid-write by an interrupted import (%1)</source>
        <translation>quedó a medio escribir por una importación interrumpida (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="297"/>
        <source>is open read-only</source>
        <translation>está abierto en modo de solo lectura</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="298"/>
        <source>Open the workspace for writing first.</source>
        <translation>Abra antes el espacio de trabajo para escritura.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="326"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="327"/>
        <source>Check the path, or create a new workspace.</source>
        <translation>Compruebe la ruta o cree un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="364"/>
        <source>is open for writing in another LeadStage (process %1 on %2), and the file or its folder is read-only to you, so it cannot be read safely meanwhile</source>
        <translation>está abierto para escritura en otra instancia de LeadStage (proceso %1 en %2), y el archivo o su carpeta son de solo lectura para usted, así que mientras tanto no se puede leer de forma segura</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="369"/>
        <source>Open it again when the other LeadStage has closed it, or read a copy.</source>
        <translation>Vuelva a abrirlo cuando la otra instancia de LeadStage lo haya cerrado, o lea una copia.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="387"/>
        <source>has changes in %1 that cannot be read where the file or its folder is read-only (%2)</source>
        <translation>tiene cambios en %1 que no se pueden leer porque el archivo o su carpeta son de solo lectura (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="390"/>
        <source>Copy the workspace together with its -wal file to a folder where you can write, and open the copy.</source>
        <translation>Copie el espacio de trabajo junto con su archivo -wal a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="468"/>
        <source>LeadStage was not closed properly last time (process %1 on %2 stopped with the workspace open); its lock was taken over.</source>
        <translation>LeadStage no se cerró correctamente la última vez (el proceso %1 en %2 se detuvo con el espacio de trabajo abierto); se ha tomado su bloqueo.</translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="475"/>
        <source>A write that was interrupted (an import or its rescore) was rolled back: the workspace keeps what was completed before it.</source>
        <translation>Se revirtió una escritura que quedó interrumpida (una importación o su nueva puntuación): el espacio de trabajo conserva lo que se completó antes de ella.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="74"/>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="75"/>
        <source>Choose another name, or delete the file first.</source>
        <translation>Elija otro nombre o elimine antes el archivo.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="79"/>
        <source>cannot be created: the folder %1 does not exist</source>
        <translation>no se puede crear: la carpeta %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="81"/>
        <source>Create the folder first, or choose another place.</source>
        <translation>Cree antes la carpeta o elija otra ubicación.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="83"/>
        <source>is being created or opened by another LeadStage (process %1 on %2)</source>
        <translation>lo está creando o abriendo otra instancia de LeadStage (proceso %1 en %2)</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="85"/>
        <source>Wait until it has finished, or choose another name.</source>
        <translation>Espere a que termine o elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="108"/>
        <source>cannot be completed: the new workspace was not closed cleanly</source>
        <translation>no se puede completar: el nuevo espacio de trabajo no se cerró correctamente</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="109"/>
        <source>Try again; the incomplete file has been removed.</source>
        <translation>Inténtelo de nuevo; el archivo incompleto se ha eliminado.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="114"/>
        <source>cannot be completed: the new workspace could not be written to the disk</source>
        <translation>no se puede completar: el nuevo espacio de trabajo no se pudo escribir en el disco</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="116"/>
        <source>Check the disk (space, errors) and try again.</source>
        <translation>Compruebe el disco (espacio, errores) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="126"/>
        <source>cannot be completed: the new workspace could not be given its name (%1)</source>
        <translation>no se puede completar: no se pudo dar su nombre al nuevo espacio de trabajo (%1)</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceBuild.cpp" line="129"/>
        <source>Check that no other file of that name appeared meanwhile, and try again.</source>
        <translation>Compruebe que no haya aparecido mientras tanto otro archivo con ese nombre e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceLock.cpp" line="57"/>
        <source>cannot be locked for writing (the lock file beside it cannot be created)</source>
        <translation>no se puede bloquear para escritura (no se puede crear el archivo de bloqueo junto a él)</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceLock.cpp" line="62"/>
        <source>Check that you may write in the workspace&apos;s folder and that its disk has space.</source>
        <translation>Compruebe que tiene permiso de escritura en la carpeta del espacio de trabajo y que su disco tiene espacio.</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="34"/>
        <source>%1: its folder %2 is on a read-only file system</source>
        <translation>%1: su carpeta %2 está en un sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="37"/>
        <source>Copy the workspace to a folder on a writable disk and open the copy, or open it read-only.</source>
        <translation>Copie el espacio de trabajo a una carpeta de un disco en el que se pueda escribir y abra la copia, o ábralo en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="41"/>
        <source>%1: the disk holding %2 is full</source>
        <translation>%1: el disco que contiene %2 está lleno</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="44"/>
        <source>Free some space on that disk and try again; nothing was changed.</source>
        <translation>Libere espacio en ese disco e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="48"/>
        <source>%1: you may not write in its folder %2</source>
        <translation>%1: no tiene permiso de escritura en su carpeta %2</translation>
    </message>
    <message>
        <location filename="../core/store/StorageProblem.cpp" line="51"/>
        <source>Ask for write permission on that folder, or copy the workspace to a folder where you can write.</source>
        <translation>Solicite permiso de escritura en esa carpeta, o copie el espacio de trabajo a una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="18"/>
        <source>Copy table</source>
        <translation>Copiar tabla</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="21"/>
        <source>Copy every row as tab-separated text, for a spreadsheet</source>
        <translation>Copiar cada fila como texto separado por tabulaciones, para una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="26"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="31"/>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="33"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="36"/>
        <source>Could not write %1. Choose another folder.</source>
        <translation>No se pudo escribir %1. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>TuningError</name>
    <message>
        <location filename="../core/tuning/WhatIfSession.cpp" line="19"/>
        <source>the what-if was cancelled: a newer edit replaced it</source>
        <translation>la simulación se canceló: una edición más reciente la sustituyó</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="16"/>
        <source>it matches every lead</source>
        <translation>coincide con todos los leads</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="17"/>
        <source>it scores 0 for every lead</source>
        <translation>puntúa 0 para todos los leads</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="23"/>
        <source>Leads have an extra column &quot;%1&quot;: write &quot;%2&quot; to score it.</source>
        <translation>Los leads tienen una columna adicional «%1»: escriba «%2» para puntuarla.</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="26"/>
        <source>Import the leads&apos; %1, or choose a field the leads have.</source>
        <translation>Importe el campo %1 de los leads, o elija un campo que tengan los leads.</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="29"/>
        <source>Check the spelling against the lead fields and the extra columns the import kept, or import a file with that column.</source>
        <translation>Compruebe la ortografía con los campos del lead y las columnas adicionales que guardó la importación, o importe un archivo con esa columna.</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="34"/>
        <source>rule %1: no lead in this workspace has a value in &quot;%2&quot;, so %3</source>
        <translation>regla %1: ningún lead de este espacio de trabajo tiene un valor en «%2», así que %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/FieldRuleCheck.cpp" line="55"/>
        <source>fit &quot;%1&quot;</source>
        <translation>de ajuste «%1»</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="34"/>
        <source>the regression needs leads with and without the outcome (%1 of %2 have it)</source>
        <translation>la regresión necesita leads con y sin el resultado (%1 de %2 lo tienen)</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="39"/>
        <source>Choose a longer horizon, an earlier date or another outcome.</source>
        <translation>Elija un horizonte más largo, una fecha anterior u otro resultado.</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="69"/>
        <source>the regression&apos;s equations have no solution</source>
        <translation>las ecuaciones de la regresión no tienen solución</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="71"/>
        <source>Some features may always be equal: raise the penalty or drop a rule.</source>
        <translation>Puede que algunas variables sean siempre iguales: aumente la penalización o quite una regla.</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="76"/>
        <source>the regression diverged</source>
        <translation>la regresión divergió</translation>
    </message>
    <message>
        <location filename="../core/tuning/LogisticRegression.cpp" line="77"/>
        <source>A feature separates the outcome perfectly: raise the penalty.</source>
        <translation>Una variable separa el resultado a la perfección: aumente la penalización.</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="106"/>
        <source>the recorded stages for %1 were not loaded with the leads</source>
        <translation>las etapas registradas para %1 no se cargaron con los leads</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="112"/>
        <source>no lead has a recorded stage %1 or later in this workspace</source>
        <translation>ningún lead de este espacio de trabajo tiene registrada la etapa %1 o una posterior</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="115"/>
        <source>Import the CRM&apos;s lifecycle dates or flags (docs/import.md), or predict sql, opportunity or customer.</source>
        <translation>Importe las fechas o los indicadores del ciclo de vida del CRM (docs/import.md), o prediga sql, opportunity o customer.</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="119"/>
        <source>the CRM recorded %1 or a later stage without a date for each of the %2 leads that have one: they cannot be placed before or after a date or a stage entry</source>
        <translation>el CRM registró %1 o una etapa posterior sin fecha para cada uno de los %2 leads que la tienen: no se pueden situar antes o después de una fecha o de la entrada en una etapa</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="126"/>
        <source>Use the snapshot moment (--snapshot), which scores every lead at the analysis date.</source>
        <translation>Use el momento de la instantánea (--snapshot), que puntúa cada lead en la fecha de análisis.</translation>
    </message>
    <message>
        <location filename="../core/tuning/BackTest.cpp" line="138"/>
        <source>the horizon must be at least one day (%1 given)</source>
        <translation>el horizonte debe ser de al menos un día (se indicó %1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ThresholdReach.cpp" line="93"/>
        <source>the window must be 1 to 120 months (%1 given)</source>
        <translation>la ventana debe ser de 1 a 120 meses (se indicó %1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/ThresholdReach.cpp" line="106"/>
        <location filename="../core/tuning/ThresholdReach.cpp" line="130"/>
        <source>the capacity curve was cancelled</source>
        <translation>se canceló la curva de capacidad</translation>
    </message>
    <message>
        <location filename="../core/tuning/RuleFeatures.cpp" line="85"/>
        <location filename="../core/tuning/RuleFeatures.cpp" line="105"/>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="364"/>
        <source>the suggestions were cancelled</source>
        <translation>se cancelaron las sugerencias</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="86"/>
        <source>Try a later --as-of (the fitted window is as of --as-of minus the horizon), a longer --horizon, or an earlier outcome (--outcome sql).</source>
        <translation>Pruebe un --as-of posterior (la ventana de ajuste es la de --as-of menos el horizonte), un --horizon más largo o un resultado anterior (--outcome sql).</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="94"/>
        <source>too few outcomes to suggest points: the %1 holds %2 positive leads of %3, and at least %4 are needed</source>
        <translation>muy pocos resultados para sugerir puntos: %1 contiene %2 leads positivos de %3, y se necesitan al menos %4</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="105"/>
        <source>fitted window (as of %1)</source>
        <translation>ventana de ajuste (a %1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="106"/>
        <source>fitted window (the earlier two thirds)</source>
        <translation>ventana de ajuste (los dos primeros tercios)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="107"/>
        <source>validation window (as of %1)</source>
        <translation>ventana de validación (a %1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="109"/>
        <source>validation window (the later third)</source>
        <translation>ventana de validación (el último tercio)</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="113"/>
        <source>every lead of the fitted window is positive: nothing to tell apart</source>
        <translation>todos los leads de la ventana de ajuste son positivos: no hay nada que distinguir</translation>
    </message>
    <message>
        <location filename="../core/tuning/SuggestedPoints.cpp" line="119"/>
        <source>every lead of the validation window is positive: no AUC to validate with</source>
        <translation>todos los leads de la ventana de validación son positivos: no hay AUC con el que validar</translation>
    </message>
</context>
<context>
    <name>WhatIfFigures</name>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="35"/>
        <source>no value (%1)</source>
        <translation>sin valor (%1)</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="39"/>
        <source>%1 IQLs in %2</source>
        <translation>%1 IQL en %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="42"/>
        <source>%1 of the %2 IQLs of %3 reached MQL within 180 days: %4 %</source>
        <translation>%1 de los %2 IQL de %3 alcanzaron MQL en 180 días: %4 %</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="49"/>
        <source>median %1 days over the %2 leads whose MQL fell in %3 (mean %4 days)</source>
        <translation>mediana de %1 días sobre los %2 leads cuyo MQL cayó en %3 (media %4 días)</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="56"/>
        <source>%1 of the %2 leads that were IQL in %3 had an event in it: %4 %</source>
        <translation>%1 de los %2 leads que fueron IQL en %3 tuvieron un evento en él: %4 %</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="74"/>
        <source>%1 (draft: %2)</source>
        <translation>%1 (borrador: %2)</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="79"/>
        <source>%1
Active model: %2
Draft: %3</source>
        <translation>%1
Modelo activo: %2
Borrador: %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="96"/>
        <source>Leads whose furthest stage on %1 is %2: %3 under the active model, %4 under the draft.
Ever reached %2 by then: %5 and %6.</source>
        <translation>Leads cuya etapa más avanzada a %1 es %2: %3 con el modelo activo, %4 con el borrador.
Alcanzaron %2 hasta entonces: %5 y %6.</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="141"/>
        <source>no period</source>
        <translation>sin periodo</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="144"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="146"/>
        <source>%1 by %2, as of %3</source>
        <translation>%1 por %2, a %3</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="147"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="147"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>campaigns</source>
        <translation>campañas</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>industries</source>
        <translation>sectores</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="149"/>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="158"/>
        <source>grades: %1</source>
        <translation>categorías: %1</translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="160"/>
        <source>all leads</source>
        <translation>todos los leads</translation>
    </message>
</context>
</TS>
