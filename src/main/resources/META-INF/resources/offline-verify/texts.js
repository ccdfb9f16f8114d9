// The offline verifier's words, English and Norwegian bokmål. The page is not a Vaadin view, so it cannot use the
// application's translations (docs/decisions/offline-verifier-outside-vaadin.md); they are kept here, as short as
// the page. {name} marks where a value goes.

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
};
