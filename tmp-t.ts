import { Gazetteer } from "./server/sources/mentions/gazetteer.js";
import { scanMentions } from "./server/sources/mentions/scan-mentions.js";
const g = new Gazetteer().add({ ref: "Organization:horlogia", label: "Organization", name: "Horlogia" }, ["Horlogia", "Horlogia SAS"]).add({ref:"Event:micronora-2024", label:"Event", name:"Micronora", year:2024},["Micronora"]);
const t0 = performance.now();
console.log(scanMentions("L'entreprise bisontine HORLOGIA SAS, installée à Thise depuis 2021, a exposé au salon Micronora. La Région finance à hauteur de 120 000 € et 1,5 M€ ; Pouilley-les-Vignes et Saint-Vit aussi. Besançon.", g).map(m=>[m.kind,m.text,m.thing?.ref,m.value]));
console.log(performance.now()-t0);
