"""Canonical URLs of the ROR FHIR IG the profile check and the mapping share: code systems, extensions, slices.

One place for them so the check and the mapping cannot disagree on a system. Values follow the ANS IG
(ans.fhir.fr.ror 0.5.x): NOS code systems `https://mos.esante.gouv.fr/NOS/{TRE_Rnnn-Name}/FHIR/{TRE-Rnnn-Name}`
and ROR StructureDefinitions under `https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/`.
"""
from __future__ import annotations

NOS = "https://mos.esante.gouv.fr/NOS/"
ROR_SD = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"


def tre(name: str) -> str:
    """The canonical URL of a NOS code system: tre('TRE_R227-ChampActivite')."""
    return f"{NOS}{name}/FHIR/{name.replace('_', '-')}"


def ror_ext(name: str) -> str:
    return ROR_SD + name


# Profiles put in meta.profile.
PROFILE = {
    "Organization": ROR_SD + "ror-organization",
    "HealthcareService": ROR_SD + "ror-healthcareservice",
    "Location": ROR_SD + "ror-location",
    "Task": ROR_SD + "ror-task",
}

# Code systems.
R13_COMMUNE = tre("TRE_R13-CommuneOM")
R30_REGION = tre("TRE_R30-RegionOM")
G07_ID_TYPE = tre("TRE_G07-TypeIdentifiantStructure")
R66_CATEGORIE = tre("TRE_R66-CategorieEtablissement")
R02_SECTEUR = tre("TRE_R02-SecteurActivite")
R72_STATUT = tre("TRE_R72-FinessStatutJuridique")
R69_AGREGAT = tre("TRE_R69-FinessAgregatStatutJuridiqueNiv2")
R207_TYPE_OI = tre("TRE_R207-TypeOrganisationInterne")
R345_ID_OTHER = NOS + "TRE_R345-TypeIdentifiantAutre/FHIR/TRE_R345-TypeIdentifiantAutre"  # underscore kept (IG)
R355_ID_OFFRE = tre("TRE_R355-TypeIdentifiantOffre")
R354_ID_LIEU = tre("TRE_R354-TypeIdentifiantLieu")
R227_CHAMP = tre("TRE_R227-ChampActivite")
R244_TYPE_OFFRE = tre("TRE_R244-CategorieOrganisation")
R211_ACTIVITE = tre("TRE_R211-ActiviteOperationnelle")
R265_SERAFIN = tre("TRE_R265-PrestationPilotageSerafin")
R266_FAMILLE = tre("TRE_R266-FamilleActiviteOperationnelleHorsSerafin")
R213_MODE_PEC = tre("TRE_R213-ModePriseEnCharge")
R200_CANAL = tre("TRE_R200-CanalCommunication")
R283_CONFIDENTIALITE = tre("TRE_R283-NiveauConfidentialite")
R252_TYPE_HORAIRE = tre("TRE_R252-TypeHoraire")
R343_FONCTION_LIEU = tre("TRE_R343-FonctionLieu")
R329_NATURE_CAPACITE = tre("TRE_R329-NatureCapacite")
R330_STATUT_CAPACITE = tre("TRE_R330-TypeStatutCapacite")
R239_PUBLIC = tre("TRE_R239-PublicPrisEnCharge")
R247_UCUM = tre("TRE_R247-UcumUniteMesure")
R350_THEME = tre("TRE_R350-ThematiqueAnomalie")
R352_STATUT_ANOMALIE = tre("TRE_R352-StatutMetierAnomalie")
R349_ACTION = tre("TRE_R349-ActionAnomalie")

# Identifier systems (slices of ROROrganization.identifier).
ID_NAT_ST_SYSTEM = "urn:oid:1.2.250.1.71.4.2.2"
FINESS_SYSTEM = "https://finess.esante.gouv.fr"
FINESS_SYSTEMS = {FINESS_SYSTEM, "http://finess.sante.gouv.fr", "urn:oid:1.2.250.1.71.4.2.2.1"}
SIREN_SYSTEM = "https://sirene.fr"
SIRET_SYSTEM = "http://sirene.fr"
OI_SYSTEM = "https://oi.esante.gouv.fr"
# TRE_G07 type codes: 1 FINESS, 2 SIREN, 3 SIRET, 40 identifiant national de structure.
G07_FINESS, G07_SIREN, G07_SIRET, G07_ID_NAT = "1", "2", "3", "40"
R345_OI = "42"
R355_OFFRE = "35"

# Extensions.
EXT_CREATION_DATE = ror_ext("ror-meta-creation-date")
EXT_SENSITIVE_UNIT = ror_ext("ror-healthcareservice-sensitive-unit")
EXT_PATIENT_TYPE = ror_ext("ror-healthcareservice-patient-type")
EXT_TELECOM_CHANNEL = ror_ext("ror-telecom-communication-channel")
EXT_TELECOM_CONFIDENTIALITY = ror_ext("ror-telecom-confidentiality-level")
EXT_COMMUNE_COG = ror_ext("ror-commune-cog")
EXT_SUPPORTED_CAPACITY = ror_ext("ror-location-supported-capacity")
EXT_TYPE_OF_TIME = ror_ext("ror-available-time-type-of-time")
EXT_ACT_TYPE = ror_ext("ror-act-type")
CAPACITY_PARTS = ("capacityType", "capacityStatus", "temporalityCapacity", "nbCapacity", "capacitySourceType",
                  "capacityUpdateDate", "temporaryAssignement")

# The app's own identifiers and markers (also used by app/sync/engine_resources.py).
NODE_UID_SYSTEM = "urn:ror-referent:node-uid"
KIND_URL = "urn:ror-referent:node-kind"
