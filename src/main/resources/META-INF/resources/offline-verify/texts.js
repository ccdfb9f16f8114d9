// The offline verifier's words, in English, Norwegian bokmål, Swedish, Danish and Finnish. The page is not a Vaadin
// view, so it cannot use the application's translations (docs/decisions/offline-verifier-outside-vaadin.md); they
// are kept here, as short as the page. {name} marks where a value goes. Every language has every key English has
// (OfflineVerifyJourneyTests checks).

const plural = (one, other) => n => (n === 1 ? one : other).replace('{n}', n);

export const texts = {
    en: {
        pageTitle: 'Check a ReLoop quality stamp offline',
        title: 'Check a quality stamp offline',
        intro: 'This page checks a stamp’s QR code with no connection. It keeps the registry’s public keys and '
            + 'its list of revoked stamps from the last time it was opened with a connection.',
        inputLabel: 'QR code link or stamp code',
        inputHint: 'Paste the link the QR code holds (…/verify/CODE?p=…&s=…&k=…), or type the code '
            + 'printed on the label.',
        check: 'Check',
        scan: 'Scan the QR code with the camera',
        stopScan: 'Stop the camera',
        cameraFailed: 'The camera could not be started. Paste the link instead.',
        resultHeading: 'Result',
        statusHeading: 'List of revoked stamps',
        online: 'Check in the registry instead (needs a connection)',
        notRevoked: 'Genuine, not revoked as of {date}.',
        revoked: 'Revoked: this stamp is on the registry’s list of revoked stamps. Do not rely on it.',
        notGenuine: 'Not genuine: the QR code’s statement was altered or forged, or belongs to another stamp.',
        unknownKey: 'Cannot check: the statement is signed with a key this page does not have. Open this page once '
            + 'with a connection, then check again.',
        noList: 'The signature is genuine, but this page holds no list of revoked stamps, so it cannot tell whether '
            + 'the stamp was revoked. Open this page once with a connection.',
        codeNotRevoked: 'Not on the list of revoked stamps as of {date}. A typed code alone cannot show that a stamp '
            + 'is genuine: paste the QR code’s link, or check in the registry.',
        typo: 'This code has a typo somewhere: its check character does not add up. Compare it with the label again.',
        malformed: 'This is neither a QR code link nor a stamp code. Stamp codes look like 7K3M-9QXD-Q.',
        noCrypto: 'This browser cannot check Ed25519 signatures. Use a current browser, or check in the registry.',
        compare: 'Compare this with the item: a genuine label moved to another item passes this check too.',
        compareSerial: 'Compare this with the item, and check its serial: a genuine label moved to another item '
            + 'fails only that check.',
        serialTitle: 'Is it this device?',
        serialLabel: 'Serial number or IMEI',
        serialHelp: 'As the device’s own settings show it',
        serialCheck: 'Check the serial',
        serialMatches: 'The serial matches: this is the stamped device.',
        serialDiffers: 'The serial does not match: this stamp belongs to another device.',
        code: 'Stamp code',
        item: 'Item',
        serial: 'Serial number',
        grade: 'Cosmetic grade',
        centre: 'Refurbished by',
        issued: 'Issued',
        warranty: 'Warranty',
        warrantyRule: plural('{n} month from the date of sale', '{n} months from the date of sale'),
        grades: {PREMIUM: 'Premium', EXCELLENT: 'Excellent', GOOD: 'Good', FAIR: 'Fair'},
        listFrom: 'The list is from {date}, {age}: {count}.',
        lessThanAnHourOld: 'less than an hour old',
        hoursOld: plural('{n} hour old', '{n} hours old'),
        daysOld: plural('{n} day old', '{n} days old'),
        revokedCount: plural('{n} stamp revoked', '{n} stamps revoked'),
        listFetched: 'Fetched from the registry just now.',
        listKept: 'Kept on this device: the registry could not be reached.',
        listStale: 'The list should have been renewed by {date}: a stamp revoked since then is not on it. Connect '
            + 'to get a new one.',
        listInvalid: 'The registry sent a list whose signature does not verify; the list kept on this device is used.',
        noListYet: 'No list of revoked stamps yet: open this page once with a connection.',
        offlineReady: 'Ready to check with no connection.',
        offlineUnavailable: 'This browser cannot keep this page for use with no connection.',
        noScript: 'This page needs JavaScript.',
    },
    nb: {
        pageTitle: 'Sjekk et ReLoop-kvalitetsstempel uten nett',
        title: 'Sjekk et kvalitetsstempel uten nett',
        intro: 'Denne siden sjekker QR-koden på et stempel uten nettforbindelse. Den tar vare på registerets '
            + 'offentlige nøkler og listen over tilbakekalte stempler fra forrige gang den ble åpnet med '
            + 'nettforbindelse.',
        inputLabel: 'Lenke fra QR-koden eller stempelkode',
        inputHint: 'Lim inn lenken QR-koden inneholder (…/verify/KODE?p=…&s=…&k=…), eller skriv '
            + 'inn koden som står på etiketten.',
        check: 'Sjekk',
        scan: 'Skann QR-koden med kameraet',
        stopScan: 'Slå av kameraet',
        cameraFailed: 'Kameraet kunne ikke startes. Lim inn lenken i stedet.',
        resultHeading: 'Resultat',
        statusHeading: 'Liste over tilbakekalte stempler',
        online: 'Sjekk i registeret i stedet (krever nettforbindelse)',
        notRevoked: 'Ekte, ikke tilbakekalt per {date}.',
        revoked: 'Tilbakekalt: stempelet står på registerets liste over tilbakekalte stempler. Ikke stol '
            + 'på det.',
        notGenuine: 'Ikke ekte: erklæringen i QR-koden er endret eller forfalsket, eller hører til et annet '
            + 'stempel.',
        unknownKey: 'Kan ikke sjekkes: erklæringen er signert med en nøkkel denne siden ikke har. Åpne '
            + 'siden én gang med nettforbindelse, og sjekk igjen.',
        noList: 'Signaturen er ekte, men siden har ingen liste over tilbakekalte stempler, så den kan ikke si om '
            + 'stempelet er tilbakekalt. Åpne siden én gang med nettforbindelse.',
        codeNotRevoked: 'Står ikke på listen over tilbakekalte stempler per {date}. En kode alene kan ikke '
            + 'vise at et stempel er ekte: lim inn lenken fra QR-koden, eller sjekk i registeret.',
        typo: 'Koden har en skrivefeil et sted: kontrolltegnet stemmer ikke. Sammenlign med etiketten igjen.',
        malformed: 'Dette er verken en lenke fra en QR-kode eller en stempelkode. Stempelkoder ser slik ut: '
            + '7K3M-9QXD-Q.',
        noCrypto: 'Denne nettleseren kan ikke sjekke Ed25519-signaturer. Bruk en oppdatert nettleser, eller sjekk i '
            + 'registeret.',
        compare: 'Sammenlign dette med enheten: en ekte etikett som er flyttet til en annen enhet, består også '
            + 'denne sjekken.',
        compareSerial: 'Sammenlign dette med enheten, og sjekk serienummeret: en ekte etikett som er flyttet til en '
            + 'annen enhet, består alt annet enn den sjekken.',
        serialTitle: 'Er det denne enheten?',
        serialLabel: 'Serienummer eller IMEI',
        serialHelp: 'Slik enhetens egne innstillinger viser det',
        serialCheck: 'Sjekk serienummeret',
        serialMatches: 'Serienummeret stemmer: dette er den stemplede enheten.',
        serialDiffers: 'Serienummeret stemmer ikke: dette stempelet hører til en annen enhet.',
        code: 'Stempelkode',
        item: 'Enhet',
        serial: 'Serienummer',
        grade: 'Kosmetisk gradering',
        centre: 'Klargjort av',
        issued: 'Utstedt',
        warranty: 'Garanti',
        warrantyRule: plural('{n} måned fra salgsdato', '{n} måneder fra salgsdato'),
        grades: {PREMIUM: 'Premium', EXCELLENT: 'Utmerket', GOOD: 'God', FAIR: 'Akseptabel'},
        listFrom: 'Listen er fra {date}, {age}: {count}.',
        lessThanAnHourOld: 'under en time gammel',
        hoursOld: plural('{n} time gammel', '{n} timer gammel'),
        daysOld: plural('{n} dag gammel', '{n} dager gammel'),
        revokedCount: plural('{n} stempel tilbakekalt', '{n} stempler tilbakekalt'),
        listFetched: 'Nettopp hentet fra registeret.',
        listKept: 'Lagret på denne enheten: registeret kunne ikke nås.',
        listStale: 'Listen skulle vært fornyet innen {date}: et stempel som er tilbakekalt siden, står ikke '
            + 'på den. Koble til for å hente en ny.',
        listInvalid: 'Registeret sendte en liste med en signatur som ikke stemmer; listen som er lagret på denne '
            + 'enheten, brukes.',
        noListYet: 'Ingen liste over tilbakekalte stempler ennå: åpne siden én gang med '
            + 'nettforbindelse.',
        offlineReady: 'Klar til å sjekke uten nettforbindelse.',
        offlineUnavailable: 'Denne nettleseren kan ikke ta vare på siden for bruk uten nett.',
        noScript: 'Denne siden trenger JavaScript.',
    },
    sv: {
        pageTitle: 'Kontrollera en ReLoop-kvalitetsstämpel utan uppkoppling',
        title: 'Kontrollera en kvalitetsstämpel utan uppkoppling',
        intro: 'Den här sidan kontrollerar QR-koden på en stämpel utan uppkoppling. Den sparar registrets offentliga '
            + 'nycklar och listan över återkallade stämplar från senast den öppnades med uppkoppling.',
        inputLabel: 'Länk från QR-koden eller stämpelkod',
        inputHint: 'Klistra in länken som QR-koden innehåller (…/verify/KOD?p=…&s=…&k=…), eller skriv in koden '
            + 'som står på etiketten.',
        check: 'Kontrollera',
        scan: 'Skanna QR-koden med kameran',
        stopScan: 'Stäng av kameran',
        cameraFailed: 'Kameran kunde inte startas. Klistra in länken i stället.',
        resultHeading: 'Resultat',
        statusHeading: 'Lista över återkallade stämplar',
        online: 'Kontrollera i registret i stället (kräver uppkoppling)',
        notRevoked: 'Äkta, inte återkallad per {date}.',
        revoked: 'Återkallad: stämpeln finns på registrets lista över återkallade stämplar. Lita inte på den.',
        notGenuine: 'Inte äkta: uppgifterna i QR-koden har ändrats eller förfalskats, eller hör till en annan '
            + 'stämpel.',
        unknownKey: 'Kan inte kontrolleras: uppgifterna är signerade med en nyckel som den här sidan inte har. Öppna '
            + 'sidan en gång med uppkoppling och kontrollera igen.',
        noList: 'Signaturen är äkta, men sidan har ingen lista över återkallade stämplar, så den kan inte avgöra om '
            + 'stämpeln har återkallats. Öppna sidan en gång med uppkoppling.',
        codeNotRevoked: 'Finns inte på listan över återkallade stämplar per {date}. En inskriven kod ensam kan inte '
            + 'visa att en stämpel är äkta: klistra in länken från QR-koden, eller kontrollera i registret.',
        typo: 'Koden innehåller ett skrivfel någonstans: kontrolltecknet stämmer inte. Jämför med etiketten igen.',
        malformed: 'Det här är varken en länk från en QR-kod eller en stämpelkod. Stämpelkoder ser ut som '
            + '7K3M-9QXD-Q.',
        noCrypto: 'Den här webbläsaren kan inte kontrollera Ed25519-signaturer. Använd en aktuell webbläsare, eller '
            + 'kontrollera i registret.',
        compare: 'Jämför detta med varan: en äkta etikett som har flyttats till en annan vara klarar också den här '
            + 'kontrollen.',
        compareSerial: 'Jämför detta med varan och kontrollera dess serienummer: en äkta etikett som har flyttats '
            + 'till en annan vara underkänns bara i den kontrollen.',
        serialTitle: 'Är det den här apparaten?',
        serialLabel: 'Serienummer eller IMEI',
        serialHelp: 'Så som det visas i apparatens egna inställningar',
        serialCheck: 'Kontrollera serienumret',
        serialMatches: 'Serienumret stämmer: det här är den stämplade apparaten.',
        serialDiffers: 'Serienumret stämmer inte: stämpeln hör till en annan apparat.',
        code: 'Stämpelkod',
        item: 'Vara',
        serial: 'Serienummer',
        grade: 'Yttre skick',
        centre: 'Renoverad av',
        issued: 'Utfärdad',
        warranty: 'Garanti',
        warrantyRule: plural('{n} månad från försäljningsdagen', '{n} månader från försäljningsdagen'),
        grades: {PREMIUM: 'Premium', EXCELLENT: 'Utmärkt', GOOD: 'Bra', FAIR: 'Godkänt'},
        listFrom: 'Listan är från {date}, {age}: {count}.',
        lessThanAnHourOld: 'mindre än en timme gammal',
        hoursOld: plural('{n} timme gammal', '{n} timmar gammal'),
        daysOld: plural('{n} dag gammal', '{n} dagar gammal'),
        revokedCount: plural('{n} stämpel återkallad', '{n} stämplar återkallade'),
        listFetched: 'Hämtades från registret nyss.',
        listKept: 'Sparad på den här enheten: registret gick inte att nå.',
        listStale: 'Listan skulle ha förnyats senast {date}: en stämpel som har återkallats sedan dess finns inte '
            + 'med. Anslut för att hämta en ny.',
        listInvalid: 'Registret skickade en lista vars signatur inte stämmer; listan som är sparad på den här '
            + 'enheten används.',
        noListYet: 'Ingen lista över återkallade stämplar än: öppna sidan en gång med uppkoppling.',
        offlineReady: 'Klar att kontrollera utan uppkoppling.',
        offlineUnavailable: 'Den här webbläsaren kan inte spara sidan för användning utan uppkoppling.',
        noScript: 'Den här sidan kräver JavaScript.',
    },
    da: {
        pageTitle: 'Tjek et ReLoop-kvalitetsstempel uden forbindelse',
        title: 'Tjek et kvalitetsstempel uden forbindelse',
        intro: 'Denne side tjekker QR-koden på et stempel uden forbindelse. Den gemmer registrets offentlige nøgler '
            + 'og listen over tilbagekaldte stempler fra sidste gang, den blev åbnet med forbindelse.',
        inputLabel: 'Link fra QR-koden eller stempelkode',
        inputHint: 'Indsæt det link, QR-koden indeholder (…/verify/KODE?p=…&s=…&k=…), eller skriv koden, der står '
            + 'på etiketten.',
        check: 'Tjek',
        scan: 'Scan QR-koden med kameraet',
        stopScan: 'Sluk kameraet',
        cameraFailed: 'Kameraet kunne ikke startes. Indsæt linket i stedet.',
        resultHeading: 'Resultat',
        statusHeading: 'Liste over tilbagekaldte stempler',
        online: 'Tjek i registret i stedet (kræver forbindelse)',
        notRevoked: 'Ægte, ikke tilbagekaldt pr. {date}.',
        revoked: 'Tilbagekaldt: dette stempel står på registrets liste over tilbagekaldte stempler. Stol ikke på det.',
        notGenuine: 'Ikke ægte: erklæringen i QR-koden er ændret eller forfalsket, eller den hører til et andet '
            + 'stempel.',
        unknownKey: 'Kan ikke tjekkes: erklæringen er signeret med en nøgle, som denne side ikke har. Åbn siden én '
            + 'gang med forbindelse, og tjek igen.',
        noList: 'Signaturen er ægte, men siden har ingen liste over tilbagekaldte stempler, så den kan ikke sige, om '
            + 'stemplet er tilbagekaldt. Åbn siden én gang med forbindelse.',
        codeNotRevoked: 'Står ikke på listen over tilbagekaldte stempler pr. {date}. En indtastet kode alene kan ikke '
            + 'vise, at et stempel er ægte: indsæt linket fra QR-koden, eller tjek i registret.',
        typo: 'Der er en tastefejl et sted i denne kode: kontroltegnet passer ikke. Sammenlign med etiketten igen.',
        malformed: 'Dette er hverken et link fra en QR-kode eller en stempelkode. Stempelkoder ser ud som '
            + '7K3M-9QXD-Q.',
        noCrypto: 'Denne browser kan ikke tjekke Ed25519-signaturer. Brug en opdateret browser, eller tjek i '
            + 'registret.',
        compare: 'Sammenlign dette med varen: en ægte etiket, der er flyttet til en anden vare, består også dette '
            + 'tjek.',
        compareSerial: 'Sammenlign dette med varen, og tjek dens serienummer: en ægte etiket, der er flyttet til en '
            + 'anden vare, består alt andet end det tjek.',
        serialTitle: 'Er det dette apparat?',
        serialLabel: 'Serienummer eller IMEI',
        serialHelp: 'Som det står i apparatets egne indstillinger',
        serialCheck: 'Tjek serienummeret',
        serialMatches: 'Serienummeret passer: dette er det stemplede apparat.',
        serialDiffers: 'Serienummeret passer ikke: dette stempel hører til et andet apparat.',
        code: 'Stempelkode',
        item: 'Vare',
        serial: 'Serienummer',
        grade: 'Kosmetisk stand',
        centre: 'Istandsat af',
        issued: 'Udstedt',
        warranty: 'Garanti',
        warrantyRule: plural('{n} måned fra salgsdatoen', '{n} måneder fra salgsdatoen'),
        grades: {PREMIUM: 'Premium', EXCELLENT: 'Fremragende', GOOD: 'God', FAIR: 'Acceptabel'},
        listFrom: 'Listen er fra {date}, {age}: {count}.',
        lessThanAnHourOld: 'under en time gammel',
        hoursOld: plural('{n} time gammel', '{n} timer gammel'),
        daysOld: plural('{n} dag gammel', '{n} dage gammel'),
        revokedCount: plural('{n} stempel tilbagekaldt', '{n} stempler tilbagekaldt'),
        listFetched: 'Hentet fra registret lige nu.',
        listKept: 'Gemt på denne enhed: registret kunne ikke nås.',
        listStale: 'Listen skulle have været fornyet senest {date}: et stempel, der er tilbagekaldt siden da, står '
            + 'ikke på den. Opret forbindelse for at hente en ny.',
        listInvalid: 'Registret sendte en liste, hvis signatur ikke passer; den liste, der er gemt på denne enhed, '
            + 'bruges.',
        noListYet: 'Ingen liste over tilbagekaldte stempler endnu: åbn siden én gang med forbindelse.',
        offlineReady: 'Klar til at tjekke uden forbindelse.',
        offlineUnavailable: 'Denne browser kan ikke gemme siden til brug uden forbindelse.',
        noScript: 'Denne side kræver JavaScript.',
    },
    fi: {
        pageTitle: 'Tarkista ReLoop-laatuleima ilman verkkoyhteyttä',
        title: 'Tarkista laatuleima ilman verkkoyhteyttä',
        intro: 'Tämä sivu tarkistaa leiman QR-koodin ilman verkkoyhteyttä. Se pitää tallessa rekisterin julkiset '
            + 'avaimet ja peruttujen leimojen luettelon siltä kerralta, kun sivu viimeksi avattiin verkkoyhteyden '
            + 'ollessa käytössä.',
        inputLabel: 'QR-koodin linkki tai leimakoodi',
        inputHint: 'Liitä QR-koodin sisältämä linkki (…/verify/KOODI?p=…&s=…&k=…) tai kirjoita tarraan painettu '
            + 'koodi.',
        check: 'Tarkista',
        scan: 'Skannaa QR-koodi kameralla',
        stopScan: 'Sammuta kamera',
        cameraFailed: 'Kameraa ei voitu käynnistää. Liitä linkki sen sijaan.',
        resultHeading: 'Tulos',
        statusHeading: 'Peruttujen leimojen luettelo',
        online: 'Tarkista sen sijaan rekisteristä (vaatii verkkoyhteyden)',
        notRevoked: 'Aito, ei peruttu (tilanne {date}).',
        revoked: 'Peruttu: tämä leima on rekisterin peruttujen leimojen luettelossa. Älä luota siihen.',
        notGenuine: 'Ei aito: QR-koodin tietoja on muutettu tai ne on väärennetty, tai ne kuuluvat toiselle '
            + 'leimalle.',
        unknownKey: 'Ei voida tarkistaa: tiedot on allekirjoitettu avaimella, jota tällä sivulla ei ole. Avaa sivu '
            + 'kerran, kun verkkoyhteys on käytössä, ja tarkista sitten uudelleen.',
        noList: 'Allekirjoitus on aito, mutta tällä sivulla ei ole peruttujen leimojen luetteloa, joten se ei voi '
            + 'kertoa, onko leima peruttu. Avaa sivu kerran, kun verkkoyhteys on käytössä.',
        codeNotRevoked: 'Ei peruttujen leimojen luettelossa (tilanne {date}). Pelkkä kirjoitettu koodi ei osoita, '
            + 'että leima on aito: liitä QR-koodin linkki tai tarkista leima rekisteristä.',
        typo: 'Koodissa on jossain kirjoitusvirhe: sen tarkistusmerkki ei täsmää. Vertaa koodia uudelleen tarraan.',
        malformed: 'Tämä ei ole QR-koodin linkki eikä leimakoodi. Leimakoodit ovat muotoa 7K3M-9QXD-Q.',
        noCrypto: 'Tämä selain ei osaa tarkistaa Ed25519-allekirjoituksia. Käytä ajantasaista selainta tai tarkista '
            + 'leima rekisteristä.',
        compare: 'Vertaa näitä tietoja tuotteeseen: aito tarra, joka on siirretty toiseen tuotteeseen, läpäisee myös '
            + 'tämän tarkistuksen.',
        compareSerial: 'Vertaa näitä tietoja tuotteeseen ja tarkista sen sarjanumero: aito tarra, joka on siirretty '
            + 'toiseen tuotteeseen, jää kiinni vain sarjanumeron tarkistuksessa.',
        serialTitle: 'Onko tämä sama laite?',
        serialLabel: 'Sarjanumero tai IMEI',
        serialHelp: 'Sellaisena kuin se näkyy laitteen omissa asetuksissa',
        serialCheck: 'Tarkista sarjanumero',
        serialMatches: 'Sarjanumero täsmää: tämä on leimattu laite.',
        serialDiffers: 'Sarjanumero ei täsmää: tämä leima kuuluu toiselle laitteelle.',
        code: 'Leimakoodi',
        item: 'Tuote',
        serial: 'Sarjanumero',
        grade: 'Ulkoinen kuntoluokka',
        centre: 'Kunnostaja',
        issued: 'Myönnetty',
        warranty: 'Takuu',
        warrantyRule: plural('{n} kuukausi myyntipäivästä', '{n} kuukautta myyntipäivästä'),
        grades: {PREMIUM: 'Moitteeton', EXCELLENT: 'Erinomainen', GOOD: 'Hyvä', FAIR: 'Tyydyttävä'},
        listFrom: 'Luettelon päiväys on {date}, ja se on {age}: {count}.',
        lessThanAnHourOld: 'alle tunnin vanha',
        hoursOld: plural('{n} tunnin vanha', '{n} tuntia vanha'),
        daysOld: plural('{n} päivän vanha', '{n} päivää vanha'),
        revokedCount: plural('{n} leima peruttu', '{n} leimaa peruttu'),
        listFetched: 'Haettu rekisteristä juuri nyt.',
        listKept: 'Tallennettu tälle laitteelle: rekisteriin ei saatu yhteyttä.',
        listStale: 'Luettelo olisi pitänyt uusia viimeistään {date}: sen jälkeen peruttuja leimoja ei ole siinä. '
            + 'Muodosta verkkoyhteys, niin saat uuden.',
        listInvalid: 'Rekisteri lähetti luettelon, jonka allekirjoitus ei täsmää; käytössä on tälle laitteelle '
            + 'tallennettu luettelo.',
        noListYet: 'Peruttujen leimojen luetteloa ei ole vielä: avaa sivu kerran, kun verkkoyhteys on käytössä.',
        offlineReady: 'Valmis tarkistamaan ilman verkkoyhteyttä.',
        offlineUnavailable: 'Tämä selain ei pysty tallentamaan sivua käytettäväksi ilman verkkoyhteyttä.',
        noScript: 'Tämä sivu vaatii JavaScriptin.',
    },
};
