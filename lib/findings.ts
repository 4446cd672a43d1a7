/**
 * What the build and the checker say about content: one catalogue of codes, each with its severity,
 * its French message and what to do. The checker, the build and the writing guide all read it.
 */

export type Severity = "error" | "warning";

export interface Finding {
  /** Path of the file, relative to the current directory. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** The front matter field (`files[0].file`), or `corps` for the Markdown body. */
  field: string;
  code: MessageCode;
  message: string;
}

interface MessageDefinition {
  severity: Severity;
  /** What is wrong, in French; `{x}` placeholders are filled from the finding's parameters. */
  text: string;
  /** What to do about it. */
  fix: string;
}

export const MESSAGES = {
  "yaml-invalide": {
    severity: "error",
    text: "l’en-tête YAML ne peut pas être lu : {detail}",
    fix: "vérifiez l’indentation, les deux-points et les guillemets à cette ligne",
  },
  "en-tete-absent": {
    severity: "error",
    text: "le fichier n’a pas d’en-tête (front matter) entre deux lignes ---",
    fix: "commencez le fichier par ---, les champs, puis --- ; partez d’un fichier existant",
  },
  "champ-obligatoire": {
    severity: "error",
    text: "le champ « {label} » est obligatoire et manque ou est vide",
    fix: "ajoutez « {field}: … » dans l’en-tête",
  },
  "type-invalide": {
    severity: "error",
    text: "« {label} » devrait être {expected}, pas {received}",
    fix: "corrigez la valeur de ce champ (voir le guide de rédaction)",
  },
  "date-invalide": {
    severity: "error",
    text: "la date « {value} » n’est pas une date valide (entre 1990 et 2100)",
    fix: "écrivez la date sous la forme 2024-03-15 ou 2024-03-15 10:30:00 +01:00",
  },
  "fichier-introuvable": {
    severity: "error",
    text: "« {value} » ne correspond à aucun fichier du dossier uploads/",
    fix: "déposez le fichier dans uploads/ ou corrigez son nom (majuscules et accents comptent)",
  },
  "url-en-double": {
    severity: "error",
    text: "l’adresse {url} est aussi celle de {other}",
    fix: "renommez l’un des deux fichiers ou changez son permalink",
  },
  "url-reservee": {
    severity: "error",
    text: "l’adresse {url} est celle d’une page que le site écrit lui-même (accueil, liste ou documents)",
    fix: "renommez le fichier ou changez son permalink",
  },
  "cle-proche": {
    severity: "error",
    text: "le champ « {key} » est inconnu : vouliez-vous dire {suggestion} ?",
    fix: "renommez le champ en « {suggestion} »",
  },
  "html-dangereux": {
    severity: "error",
    text: "le texte publié ne peut pas contenir {what}",
    fix: "retirez-le ; pour intégrer une vidéo ou un script, demandez à l’équipe technique",
  },
  "date-evenement-invalide": {
    severity: "warning",
    text: "la date « {value} » ({label}) n’est pas une date valide : l’évènement est publié sans dates et hors des calendriers",
    fix: "écrivez la date sous la forme 2024-10-08 09:00:00 +02:00, ou 2024-10-08 pour la journée entière",
  },
  "evenement-sans-date": {
    severity: "warning",
    text: "l’évènement n’a pas de date de début : il est publié sans dates et hors des calendriers",
    fix: "ajoutez « event_start_date: 2024-10-08 09:00:00 +02:00 » (ou 2024-10-08 pour la journée entière)",
  },
  "fin-avant-debut": {
    severity: "warning",
    text: "la fin de l’évènement ({value}) n’est pas après son début : elle est ignorée",
    fix: "corrigez « event_end_date » ; pour un évènement d’une journée, elle peut être omise",
  },
  "lien-invalide": {
    severity: "warning",
    text: "le lien « {value} » n’est ni une adresse web ni une adresse électronique : il n’est pas affiché",
    fix: "écrivez une adresse complète (https://…) ou une adresse électronique (nom@exemple.fr)",
  },
  "sous-embargo": {
    severity: "warning",
    text: "sous embargo jusqu’au {date} : le communiqué n’est publié nulle part avant cette date",
    fix: "rien à faire : il sera publié à la première construction du site après cette date",
  },
  "candidature-invalide": {
    severity: "error",
    text: "« {value} » n’est ni une adresse électronique ni une adresse web : le bouton « Postuler » ne peut pas y mener",
    fix: "écrivez une adresse comme recrutement@exemple.gouv.fr ou https://choisirleservicepublic.gouv.fr/…",
  },
  "cle-inconnue": {
    severity: "warning",
    text: "le champ « {key} » est inconnu et sera ignoré",
    fix: "supprimez-le ou vérifiez son orthographe",
  },
  "cle-ancienne": {
    severity: "warning",
    text: "« {key} » est l’ancien nom du champ « {modern} »",
    fix: "renommez-le « {modern} »",
  },
  "cle-vide": {
    severity: "warning",
    text: "le champ « {key} » est vide (reste de l’ancien outil de publication)",
    fix: "remplissez-le ou supprimez la ligne",
  },
  "telechargement-sans-fichier": {
    severity: "warning",
    text: "le téléchargement « {label} » n’a pas de fichier : il ne sera pas affiché",
    fix: "ajoutez « file: /uploads/nom-du-fichier.pdf » ou supprimez l’entrée",
  },
  "image-sans-fichier": {
    severity: "warning",
    text: "l’image à la une n’a pas de fichier : elle ne sera pas affichée",
    fix: "ajoutez « image: /uploads/nom-de-l-image.jpg » ou supprimez l’entrée",
  },
  "alternative-manquante": {
    severity: "warning",
    text: "l’image n’a pas d’alternative textuelle (RGAA 1.1)",
    fix: "décrivez ce que montre l’image dans « alternative-textuelle », ou écrivez \"\" si elle est purement décorative",
  },
  "alternative-generique": {
    severity: "warning",
    text: "l’alternative textuelle « {value} » ne décrit pas l’image (RGAA 1.3)",
    fix: "décrivez ce que montre l’image, ou écrivez \"\" si elle est purement décorative",
  },
  "categorie-inconnue": {
    severity: "warning",
    text: "la catégorie « {value} » n’est pas dans la liste ({known})",
    fix: "choisissez une catégorie de la liste (fichier _data/categories.json)",
  },
  "metier-inconnu": {
    severity: "warning",
    text: "le métier « {value} » n’est pas dans la liste ({known})",
    fix: "choisissez un métier de la liste, ou ajoutez-le au fichier _data/metiers.json",
  },
  "region-inconnue": {
    severity: "warning",
    text: "la région « {value} » n’est pas dans la liste des régions",
    fix: "écrivez le nom d’une région comme dans le fichier _data/regions.json (ex. : Bretagne, Île-de-France)",
  },
  "candidature-absente": {
    severity: "warning",
    text: "l’offre ne dit pas où candidater : le bouton « Postuler » ne sera pas affiché",
    fix: "ajoutez « candidater: » suivi d’une adresse électronique ou d’une adresse https://",
  },
  "candidature-deduite": {
    severity: "warning",
    text: "le champ « candidater » manque : le bouton « Postuler » écrira à {value}, l’adresse trouvée dans le texte",
    fix: "ajoutez « candidater: {value} » (ou l’adresse https:// du formulaire) pour le dire explicitement",
  },
  "unicode-decompose": {
    severity: "warning",
    text: "le texte contient des accents décomposés (Unicode NFD), mal lus par certains lecteurs d’écran",
    fix: "retapez les lettres accentuées ou enregistrez le fichier en NFC ; le site les corrige à la publication",
  },
  "titre-mal-forme": {
    severity: "warning",
    text: "le titre contient {what}",
    fix: "écrivez le titre sur une seule ligne ; pour une espace insécable, tapez-la directement (Alt+0160, ou Option+Espace sur Mac)",
  },
  "espaces-en-fin": {
    severity: "warning",
    text: "{what} se termine par des espaces",
    fix: "supprimez les espaces en fin de ligne (la plupart des éditeurs le font à l’enregistrement)",
  },
  "corps-vide": {
    severity: "warning",
    text: "le fichier n’a pas de texte sous l’en-tête",
    fix: "rédigez le texte après la deuxième ligne ---",
  },
  "lien-http": {
    severity: "warning",
    text: "le lien {url} n’est pas sécurisé (http://)",
    fix: "utilisez https:// si le site le permet",
  },
  "lien-non-public": {
    severity: "warning",
    text: "le lien {url} pointe vers un site non public",
    fix: "remplacez-le par l’adresse publique",
  },
  "date-future": {
    severity: "warning",
    text: "la date {value} est dans le futur : le contenu sera publié dès la prochaine construction du site",
    fix: "pour retenir une publication, utilisez « embargo » ou « published: false »",
  },
  "fichier-ignore": {
    severity: "warning",
    text: "le fichier n’est pas un fichier Markdown (.md ou .markdown) et n’est pas publié",
    fix: "renommez-le en .md pour le publier, ou retirez-le du dossier",
  },
} as const satisfies Record<string, MessageDefinition>;

export type MessageCode = keyof typeof MESSAGES;

export type Parameters = Record<string, string | number | undefined>;

function fill(template: string, params: Parameters): string {
  return template.replace(/\{(\w+)\}/g, (_all, name: string) => String(params[name] ?? ""));
}

/** The message of a finding: "what is wrong — what to do". */
export function messageFor(code: MessageCode, params: Parameters = {}): string {
  const definition: MessageDefinition = MESSAGES[code];
  return `${fill(definition.text, params)} — ${fill(definition.fix, params)}`;
}

export function makeFinding(
  code: MessageCode,
  where: { file: string; line: number; column: number; field: string },
  params: Parameters = {},
  severity: Severity = MESSAGES[code].severity,
): Finding {
  return { ...where, severity, code, message: messageFor(code, params) };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** `path:line:column  erreur  field  message`, the line format of the checker and the build. */
export function formatFinding(finding: Finding): string {
  const severity = finding.severity === "error" ? "erreur" : "avertissement";
  return `${finding.file}:${finding.line}:${finding.column}  ${severity}  ${finding.field}  ${finding.message}`;
}
