/**
 * Seeded, realistic content for the benchmark: N communiqués like the seed (offset dates,
 * categories, tags, multi-line chapeau, image, downloads, quotes, ~600 words of French with
 * headings and links) and N/5 job offers, with the uploads they reference.
 */
import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";

/** mulberry32: a small deterministic PRNG, so every run benchmarks the same files. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "numérique État administration données services publics usagers agents transformation accessibilité souveraineté " +
  "cloud interministériel plateforme démarches ministères territoires innovation sécurité réseau ouverture projet " +
  "équipe développement design produit qualité confiance partage formation recrutement talents expérimentation " +
  "direction stratégie pilotage budget déploiement infrastructure hébergement logiciel libre communauté évaluation"
).split(" ");
const TAGS = ["Numérique", "RH", "Cloud", "Accessibilité", "IA", "Données", "Vis mon job", "Souveraineté", "Open source", "Cybersécurité", "Design", "Recrutement"];
const CATEGORIES = ["Communiqué de presse", "Dossier de presse", "Note aux rédactions"];
/**
 * Each trade's own words: an offer is written with its trade's words and the words every offer
 * shares, so that a search for "réseau" finds the network offers, as in a real catalogue, rather
 * than every offer (with the communiqués' vocabulary, each query matched 98 % of the offers).
 */
const TRADE_WORDS: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    Data: "données statistiques analyse modèles algorithmes indicateurs tableaux jeux qualité science",
    Développement: "développement code logiciel applications tests intégration API web mobile revues",
    Sécurité: "sécurité cybersécurité menaces vulnérabilités audit homologation incidents protection risques cloud",
    Design: "design ergonomie maquettes parcours prototypes interfaces accessibilité entretiens tests usagers",
    "Infrastructure et réseaux": "réseau infrastructure serveurs hébergement cloud supervision stockage virtualisation systèmes sauvegardes",
    Produit: "produit besoins feuille route priorisation impact démarches services itérations usagers",
    "Support et proximité": "support assistance postes utilisateurs tickets matériel proximité formation parc téléphonie",
    Architecture: "architecture urbanisation système cloud interopérabilité référentiels API schémas données infrastructure",
    "Pilotage de projet": "pilotage projet planning budget risques comitologie jalons marchés prestataires suivi",
    Management: "management équipe encadrement recrutement stratégie direction animation talents budget organisation",
  }).map(([trade, words]) => [trade, words.split(" ")]),
);
const TRADES = Object.keys(TRADE_WORDS);
/** What every offer says, whatever the trade. */
const SHARED_WORDS = WORDS.filter((word) => !Object.values(TRADE_WORDS).some((words) => words.includes(word)));
const REGIONS = ["Bretagne", "Île-de-France", "Occitanie", "Grand Est", "Hauts-de-France", "Normandie", "Nouvelle-Aquitaine", "Auvergne-Rhône-Alpes"];
const ADMINISTRATIONS = ["Direction interministérielle du numérique (DINUM)", "Ministère de l’Intérieur", "Ministère des Armées", "Insee", "Direction générale des Finances publiques (DGFiP)"];

export interface GeneratedContent {
  dir: string;
  communiques: number;
  offers: number;
}

/**
 * Dates are counted back from `today` (communiqués every 7 hours, offers every 3 hours, deadlines
 * 15 to 114 days ahead): whenever the benchmark runs, everything is published and no date is in the
 * future, so the build measured is a clean one.
 */
export function generateContent(dir: string, n: number, seed = 42, today = DateTime.now().setZone("Europe/Paris").startOf("day")): GeneratedContent {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  // The communiqués' text; an offer's mixes one word of its trade in four with the shared ones.
  let vocabulary = () => pick(WORDS);
  const words = (count: number) => Array.from({ length: count }, vocabulary).join(" ");
  const sentence = (count: number) => {
    const text = words(count);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 }, () => sentence(12 + Math.floor(next() * 8))).join(" ");

  fs.rmSync(dir, { recursive: true, force: true });
  for (const sub of ["communiques", "emplois", "uploads"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  fs.writeFileSync(path.join(dir, "uploads/bench-image.jpg"), Buffer.alloc(24_000, 1));
  fs.writeFileSync(path.join(dir, "uploads/bench-cp.pdf"), Buffer.alloc(245_000, 2));
  fs.writeFileSync(path.join(dir, "uploads/bench-dossier.pdf"), Buffer.alloc(1_250_000, 3));

  for (let i = 0; i < n; i++) {
    const date = today.minus({ hours: (n - i) * 7 + 10 - Math.floor(next() * 5) });
    const title = `${sentence(6).slice(0, -1)} ${i}`;
    const slug = `${date.toISODate()}-communique-${i}`;
    const body = [
      `## ${sentence(5).slice(0, -1)}`,
      paragraph(),
      `${paragraph()} [En savoir plus](https://www.numerique.gouv.fr/actualites/${i}/).`,
      `## ${sentence(4).slice(0, -1)}`,
      paragraph(),
      `- ${sentence(8)}\n- ${sentence(9)}\n- [${words(3)}](https://www.data.gouv.fr/)`,
      `<div class="citation"><p>${sentence(30)}</p></div>\n\n<div class="auteur-citation">Camille Durand, directrice du numérique</div>`,
      `### ${sentence(4).slice(0, -1)}`,
      paragraph(),
      paragraph(),
      paragraph(),
      `*${sentence(10)}*`,
    ].join("\n\n");
    const imageBlock = next() < 0.6 ? `une-ou-diaporama:\n- image: "/uploads/bench-image.jpg"\n  alternative-textuelle: ${words(6)}\n  legende: ${sentence(8)} © DINUM\n` : "";
    const files =
      next() < 0.3
        ? `files:\n- file: "/uploads/bench-cp.pdf"\n  nom: Télécharger le communiqué de presse\n- file: "/uploads/bench-dossier.pdf"\n  nom: Télécharger le dossier de presse\n`
        : `files:\n- file: "/uploads/bench-cp.pdf"\n  nom: Télécharger le communiqué de presse\n`;
    const text = `---
title: '${title}'
date: ${date.toFormat("yyyy-MM-dd HH:mm:ss ZZ")}
categories:
- ${pick(CATEGORIES)}
tags:
- ${pick(TAGS)}
- ${pick(TAGS)}
chapeau-text: |-
  ${sentence(25)}
  ${sentence(20)} [Lire la suite](https://www.numerique.gouv.fr/).
${imageBlock}${files}citations:
- texte: ${sentence(20)}
  auteur: Jean Martin
  fonction: ministre du Numérique
---

${body}
`;
    fs.writeFileSync(path.join(dir, "communiques", `${slug}.md`), text);
  }

  const offers = Math.floor(n / 5);
  for (let i = 0; i < offers; i++) {
    const date = today.minus({ hours: (offers - i) * 3 });
    const deadline = today.plus({ days: 15 + (i % 100) });
    const trade = pick(TRADES);
    vocabulary = () => (next() < 0.25 ? pick(TRADE_WORDS[trade]!) : pick(SHARED_WORDS));
    const text = `---
title: "${trade} : ${sentence(5).slice(0, -1)} ${i}"
date: ${date.toISODate()}
administration:
- "${pick(ADMINISTRATIONS)}"
localisation:
- "20 avenue de Ségur, 75007 Paris"
region: "${pick(REGIONS)}"
metier: "${trade}"
poste-ouvert-aux:
- Fonctionnaire
- Contractuel
experience: "3 ans minimum"
remuneration: "Selon profil et grille"
teletravail: "Jusqu’à 2 jours par semaine"
candidater: recrutement@numerique.gouv.fr
date-limite: ${deadline.toISODate()}
en-savoir-plus: "https://choisirleservicepublic.gouv.fr/offre/${i}"
---

## Mission

${paragraph()}

## Ce que vous ferez

- ${sentence(8)}
- ${sentence(9)}
- ${sentence(7)}

## Votre profil

${paragraph()}

## Équipe

${sentence(18)}

## Les plus du poste

${sentence(15)}

## Pour candidater

Envoyez votre candidature à recrutement@numerique.gouv.fr.
`;
    fs.writeFileSync(path.join(dir, "emplois", `${date.toISODate()}-offre-${i}.md`), text);
  }
  return { dir, communiques: n, offers };
}
