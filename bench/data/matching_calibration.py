"""Labelled pairs for calibrating the matching score (issue 28): 41 new themes.

Run to regenerate matching_cal_dev.jsonl / _labels.json (fitting the calibration and the
confidence words) and matching_cal_holdout.jsonl / _labels.json (reporting only).

Written as the earlier sets: each need is a problem in everyday words (as typed on a phone,
accents sometimes missing), its relevant offer names a solution in another language, and
two distractor offers share its words (or its area, or an acronym) but not its meaning.
Some texts use an organisation's acronym in one language only (OEA/OAS, BID/IDB, OPS/PAHO).
Six needs have no relevant offer at all: a notification for them is always wrong.

The split is made here, by theme, before any tuning: themes are dealt to development and
held-out by a fixed shuffle (seed 28), and the held-out files are never read while fitting.
Every need is judged against every offer of its part: the relevant one(s) listed in the
labels, every other offer not relevant (themes were written not to overlap), so each part
labels needs x offers pairs (20 x 57 = 1,140 and 21 x 60 = 1,260, far over 300).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent

# (language, country, area, title, description)
Text = tuple[str, str, str | None, str, str]
# need, relevant offers (none for a need nobody answers), distractors
Theme = tuple[Text, list[Text], list[Text]]

THEMES: list[Theme] = [
    (
        (
            "es",
            "PY",
            None,
            "Los mosquitos del dengue se crían en todos los patios",
            "Cada verano se llenan los hospitales de gente con fiebre alta y no sabemos como cortar la cria en los barrios.",
        ),
        [
            (
                "pt",
                "BR",
                "health",
                "Controle de Aedes aegypti com o método Wolbachia",
                "Soltura de mosquitos com Wolbachia, vigilância entomológica e mobilização comunitária para eliminar criadouros.",
            )
        ],
        [
            (
                "en",
                "US",
                "health",
                "Hospital emergency department triage training",
                "Training nurses in hospitals to triage patients with high fever and other emergencies.",
            ),
            (
                "fr",
                "FR",
                "climate",
                "Gestion des eaux pluviales dans les cours d'école",
                "Aménagement des cours d'école pour infiltrer l'eau de pluie et rafraîchir les quartiers en été.",
            ),
        ],
    ),
    (
        (
            "fr",
            "HT",
            None,
            "Nos enfants arrivent à l'école le ventre vide",
            "Beaucoup d'élèves ne mangent rien avant de venir en classe et s'endorment pendant les leçons.",
        ),
        [
            (
                "es",
                "CL",
                "education",
                "Programa de alimentación escolar con compras a la agricultura familiar",
                "Desayunos y almuerzos escolares nutritivos abastecidos por pequeños productores locales.",
            )
        ],
        [
            (
                "en",
                "CA",
                "education",
                "Later school start times for teenagers' sleep",
                "Research and pilots on shifting secondary school hours so teenagers sleep enough.",
            ),
            (
                "pt",
                "BR",
                "msme",
                "Crédito para restaurantes populares",
                "Linha de microcrédito para pequenos restaurantes e lanchonetes de bairro.",
            ),
        ],
    ),
    (
        (
            "pt",
            "MZ",
            None,
            "Os professores das aldeias vão embora depois de um ano",
            "Ninguem quer ficar na escola do interior, sem casa, sem internet, e a cada ano as turmas ficam sem professor.",
        ),
        [
            (
                "en",
                "US",
                "education",
                "Incentives and housing to retain rural teachers",
                "Design of hardship allowances, teacher housing and career paths that keep teachers in remote schools.",
            )
        ],
        [
            (
                "es",
                "CO",
                "digital",
                "Internet satelital para comunidades aisladas",
                "Instalación de antenas satelitales en comunidades rurales sin cobertura.",
            ),
            (
                "fr",
                "CA",
                "education",
                "Formation initiale des enseignants de mathématiques",
                "Programme universitaire de didactique des mathématiques pour futurs professeurs.",
            ),
        ],
    ),
    (
        (
            "en",
            "GY",
            None,
            "Farmers keep losing cattle to thieves at night",
            "Herds disappear from the pastures and there is no way to prove whose animals are sold at the market.",
        ),
        [
            (
                "es",
                "UY",
                "msme",
                "Trazabilidad bovina con caravanas electrónicas",
                "Registro individual del ganado con identificación electrónica y base de datos nacional de movimientos.",
            )
        ],
        [
            (
                "pt",
                "BR",
                "climate",
                "Pastagens regenerativas e sequestro de carbono",
                "Manejo rotativo de pastagens para recuperar o solo e capturar carbono.",
            ),
            (
                "fr",
                "FR",
                "health",
                "Surveillance de la fièvre aphteuse",
                "Réseau de laboratoires vétérinaires pour détecter la fièvre aphteuse dans les troupeaux.",
            ),
        ],
    ),
    (
        (
            "es",
            "GT",
            None,
            "La gente no confía en el agua del grifo y compra garrafones",
            "Las familias gastan mucho en agua embotellada porque la del tubo sale turbia y nadie dice si se puede tomar.",
        ),
        [
            (
                "fr",
                "CA",
                "health",
                "Plans de sécurité sanitaire de l'eau pour les services municipaux",
                "Accompagnement des régies d'eau: analyses de qualité, chloration, information du public sur la potabilité.",
            )
        ],
        [
            (
                "en",
                "US",
                "msme",
                "Bottling plant certification for beverage exporters",
                "Helping beverage companies certify bottling lines for export markets.",
            ),
            (
                "pt",
                "BR",
                "climate",
                "Cisternas para captação de água de chuva no semiárido",
                "Construção de cisternas familiares para armazenar água da chuva.",
            ),
        ],
    ),
    (
        (
            "pt",
            "CV",
            None,
            "Os jovens terminam a escola e não acham o primeiro emprego",
            "As empresas pedem experiencia e ninguem da a primeira chance, entao ficam anos parados.",
        ),
        [
            (
                "es",
                "AR",
                "work",
                "Programa de aprendices y primer empleo con incentivos a empresas",
                "Contratos de aprendizaje, pasantías pagadas y subsidios a empresas que contratan jóvenes sin experiencia.",
            )
        ],
        [
            (
                "en",
                "JM",
                "education",
                "School leaving examinations reform",
                "Redesign of secondary school final examinations and their grading.",
            ),
            (
                "fr",
                "SN",
                "work",
                "Retraites anticipées des travailleurs âgés",
                "Étude des régimes de retraite anticipée pour les métiers pénibles.",
            ),
        ],
    ),
    (
        (
            "fr",
            "CA",
            None,
            "Nos aînés seuls se font arnaquer au téléphone",
            "Des escrocs appellent les personnes âgées en se faisant passer pour un petit-fils en détresse et vident leurs comptes.",
        ),
        [
            (
                "es",
                "ES",
                "digital",
                "Campañas de prevención del fraude telefónico a personas mayores",
                "Alianza con bancos y policía para alertar a mayores sobre estafas telefónicas y bloquear transferencias sospechosas.",
            )
        ],
        [
            (
                "pt",
                "BR",
                "digital",
                "Telefonia rural e cobertura celular",
                "Ampliação da cobertura de telefonia celular em áreas rurais.",
            ),
            (
                "en",
                "US",
                "health",
                "Home care services for older people living alone",
                "Training home care workers who visit older people living alone.",
            ),
        ],
    ),
    (
        (
            "en",
            "BZ",
            None,
            "Our reef fish are disappearing and fishermen blame each other",
            "Catches of snapper and grouper keep falling and nobody knows which areas to close or for how long.",
        ),
        [
            (
                "pt",
                "BR",
                "climate",
                "Áreas marinhas protegidas com gestão participativa",
                "Desenho de zonas de exclusão de pesca e períodos de defeso com as comunidades pesqueiras e monitoramento de estoques.",
            )
        ],
        [
            (
                "es",
                "MX",
                "msme",
                "Acuicultura de tilapia en estanques",
                "Asistencia técnica para granjas de tilapia en estanques de tierra.",
            ),
            (
                "fr",
                "FR",
                "climate",
                "Blanchiment des coraux: suivi par satellite",
                "Cartographie satellitaire des épisodes de chaleur marine.",
            ),
        ],
    ),
    (
        (
            "es",
            "HN",
            None,
            "Los buses no pasan y la gente camina horas para llegar al trabajo",
            "En las colonias de las afueras no hay rutas y los que hay salen llenos; las mujeres salen de noche a esperar.",
        ),
        [
            (
                "en",
                "US",
                "climate",
                "Redesigning bus networks for underserved neighbourhoods",
                "Travel-demand analysis, new routes and frequencies for the urban periphery, with safe stops and lighting.",
            )
        ],
        [
            (
                "pt",
                "BR",
                "work",
                "Vale-transporte e legislação trabalhista",
                "Estudo da legislação sobre auxílio-transporte pago pelo empregador.",
            ),
            (
                "fr",
                "FR",
                "health",
                "Marche et activité physique des femmes",
                "Programme de promotion de la marche pour la santé des femmes.",
            ),
        ],
    ),
    (
        (
            "pt",
            "AO",
            None,
            "Os doentes de rim esperam meses por uma sessao de dialise",
            "Temos poucas maquinas, só na capital, e muitos morrem antes de conseguir vaga.",
        ),
        [
            (
                "es",
                "CU",
                "health",
                "Programa nacional de enfermedad renal crónica y diálisis",
                "Detección temprana de la enfermedad renal, diálisis peritoneal domiciliaria y formación de nefrólogos.",
            )
        ],
        [
            (
                "en",
                "CA",
                "health",
                "Waiting list management for elective surgery",
                "Tools to manage waiting lists for hip and knee replacements.",
            ),
            (
                "fr",
                "FR",
                "msme",
                "Maintenance de machines agricoles",
                "Formation de mécaniciens pour l'entretien des tracteurs.",
            ),
        ],
    ),
    (
        (
            "fr",
            "HT",
            None,
            "Les mariages d'enfants continuent dans nos campagnes",
            "Des filles de treize ou quatorze ans sont mariées à des hommes plus âgés et quittent l'école.",
        ),
        [
            (
                "en",
                "US",
                "education",
                "Ending child marriage: community and legal approaches",
                "Raising the legal age of marriage, cash transfers conditioned on schooling and work with religious leaders.",
            )
        ],
        [
            (
                "es",
                "MX",
                "msme",
                "Turismo de bodas en destinos de playa",
                "Promoción de destinos de playa para celebrar bodas.",
            ),
            (
                "pt",
                "BR",
                "education",
                "Educação do campo e calendário agrícola",
                "Adaptação do calendário escolar às colheitas nas escolas rurais.",
            ),
        ],
    ),
    (
        (
            "en",
            "TT",
            None,
            "Small shops cannot accept cards and lose customers",
            "Customers carry no cash any more but the fees and the machines are too expensive for a corner shop.",
        ),
        [
            (
                "pt",
                "BR",
                "digital",
                "Pagamentos instantâneos de baixo custo para pequenos comércios",
                "Experiência do PIX: pagamentos por QR code sem maquininha, tarifas quase nulas para microempreendedores.",
            )
        ],
        [
            (
                "es",
                "CL",
                "msme",
                "Tarjetas de fidelización para supermercados",
                "Programas de puntos para cadenas de supermercados.",
            ),
            (
                "fr",
                "CA",
                "digital",
                "Cartes d'identité à puce",
                "Déploiement de cartes d'identité électroniques à puce.",
            ),
        ],
    ),
    (
        (
            "es",
            "BO",
            None,
            "Las lecciones se pierden porque los niños no entienden castellano",
            "En las escuelas del altiplano los maestros enseñan en castellano y los niños hablan aymara en casa.",
        ),
        [
            (
                "fr",
                "CA",
                "education",
                "Éducation bilingue en langue maternelle autochtone",
                "Formation d'enseignants et matériel scolaire en langues autochtones pour les premières années.",
            )
        ],
        [
            (
                "en",
                "US",
                "cross_cutting",
                "Electoral observation missions",
                "Independent observation of elections and electoral bodies.",
            ),
            (
                "pt",
                "PT",
                "education",
                "Curso de espanhol para turistas",
                "Aulas de espanhol de curta duração para turistas estrangeiros.",
            ),
        ],
    ),
    (
        (
            "pt",
            "BR",
            None,
            "As mulheres gravidas do sertao fazem o parto sem nenhum exame",
            "Moram longe do posto e so chegam ao hospital na hora do parto, sem pre-natal.",
        ),
        [
            (
                "es",
                "PE",
                "health",
                "Casas de espera materna y control prenatal itinerante",
                "Albergues cerca de los hospitales para gestantes rurales y brigadas que hacen controles prenatales en las comunidades.",
            )
        ],
        [
            (
                "en",
                "US",
                "work",
                "Closing the gender pay gap",
                "Pay transparency laws and audits for gender equality at work.",
            ),
            (
                "fr",
                "FR",
                "health",
                "Examens de la vue pour les conducteurs",
                "Dépistage des troubles de la vue chez les conducteurs âgés.",
            ),
        ],
    ),
    (
        (
            "fr",
            "SN",
            None,
            "Le sable envahit les champs chaque année",
            "Le vent apporte les dunes sur les cultures et les villages doivent déménager.",
        ),
        [
            (
                "es",
                "MX",
                "climate",
                "Cortinas rompevientos y fijación de dunas",
                "Plantación de barreras vegetales y técnicas de fijación de dunas para proteger cultivos.",
            )
        ],
        [
            (
                "en",
                "US",
                "msme",
                "Sand and gravel mining permits",
                "Regulating quarries that extract sand and gravel for construction.",
            ),
            (
                "pt",
                "BR",
                "climate",
                "Energia eólica em parques offshore",
                "Estudos de vento para parques eólicos no mar.",
            ),
        ],
    ),
    (
        (
            "en",
            "JM",
            None,
            "Hotel workers lose their jobs every low season",
            "From May to November half of the staff is sent home with no income until the tourists come back.",
        ),
        [
            (
                "es",
                "CR",
                "work",
                "Seguro de desempleo estacional y recalificación en temporada baja",
                "Prestaciones por desempleo para trabajadores estacionales del turismo y formación durante la temporada baja.",
            )
        ],
        [
            (
                "pt",
                "BR",
                "msme",
                "Classificação hoteleira por estrelas",
                "Sistema nacional de classificação de hotéis.",
            ),
            (
                "fr",
                "FR",
                "climate",
                "Saisonnalité des pluies et calendrier agricole",
                "Prévisions saisonnières pour les agriculteurs.",
            ),
        ],
    ),
    (
        (
            "es",
            "CO",
            None,
            "Los jóvenes se enganchan con las apuestas en el celular",
            "Muchachos de colegio pierden la plata de la casa en casinos en linea y nadie controla esas paginas.",
        ),
        [
            (
                "en",
                "CA",
                "health",
                "Regulating online gambling and treating gambling addiction",
                "Licensing of online betting, age verification, self-exclusion registers and treatment services.",
            )
        ],
        [
            (
                "pt",
                "BR",
                "digital",
                "Aplicativos de celular para ensino de matemática",
                "Jogos educativos no celular para alunos do ensino médio.",
            ),
            (
                "fr",
                "FR",
                "msme",
                "Loterie nationale et financement du patrimoine",
                "Utilisation des recettes de la loterie pour restaurer des monuments.",
            ),
        ],
    ),
    (
        (
            "pt",
            "PT",
            None,
            "Os incendios urbanos em predios antigos matam familias",
            "Os edificios do centro historico nao tem saidas nem extintores e os bombeiros nao conseguem entrar nas ruas estreitas.",
        ),
        [
            (
                "en",
                "US",
                "climate",
                "Fire safety codes and inspections for old buildings",
                "Updating fire codes, inspections, sprinklers and escape routes in historic districts.",
            )
        ],
        [
            (
                "es",
                "CL",
                "climate",
                "Brigadas de incendios forestales",
                "Combate de incendios forestales con brigadas comunitarias.",
            ),
            (
                "fr",
                "FR",
                "msme",
                "Restauration du patrimoine bâti pour le tourisme",
                "Rénovation de façades anciennes pour attirer les visiteurs.",
            ),
        ],
    ),
    (
        (
            "fr",
            "CA",
            None,
            "Nos fermiers ne trouvent pas de relève",
            "Les enfants partent en ville et les fermes ferment faute de repreneur quand les parents prennent leur retraite.",
        ),
        [
            (
                "es",
                "ES",
                "msme",
                "Relevo generacional en el campo: incorporación de jóvenes agricultores",
                "Ayudas a la primera instalación, bancos de tierras y mentorías para jóvenes que retoman explotaciones.",
            )
        ],
        [
            (
                "pt",
                "BR",
                "work",
                "Aposentadoria rural",
                "Regras de aposentadoria dos trabalhadores rurais.",
            ),
            (
                "en",
                "US",
                "msme",
                "Farmers' markets in cities",
                "Organising weekly farmers' markets in urban neighbourhoods.",
            ),
        ],
    ),
    (
        (
            "en",
            "BB",
            None,
            "Nobody checks what the police do with complaints against officers",
            "People who report abuse by officers never hear back and are afraid of retaliation.",
        ),
        [
            (
                "es",
                "CL",
                "cross_cutting",
                "Supervisión civil independiente de la actuación policial",
                "Creación de oficinas independientes de asuntos internos y defensorías para investigar denuncias contra policías.",
            )
        ],
        [
            (
                "fr",
                "FR",
                "cross_cutting",
                "Police de proximité et sécurité des quartiers",
                "Patrouilles à pied et présence policière dans les quartiers.",
            ),
            (
                "pt",
                "BR",
                "digital",
                "Boletim de ocorrência online",
                "Registro de ocorrências policiais pela internet.",
            ),
        ],
    ),
    (
        (
            "es",
            "SV",
            None,
            "La OEA nos pidió mejorar el registro de desaparecidos y no sabemos por dónde empezar",
            "Las familias buscan solas a sus desaparecidos y cada institución lleva su propia lista.",
        ),
        [
            (
                "en",
                "US",
                "cross_cutting",
                "Missing persons registries and search commissions",
                "Single national registry of missing persons, forensic identification and search protocols shared by agencies.",
            )
        ],
        [
            (
                "fr",
                "CA",
                "cross_cutting",
                "Observation électorale de l'OEA",
                "Participation à des missions d'observation électorale de l'OEA.",
            ),
            (
                "pt",
                "BR",
                "digital",
                "Registro civil digital de nascimentos",
                "Registro de nascimentos nas maternidades em tempo real.",
            ),
        ],
    ),
    (
        (
            "pt",
            "BR",
            None,
            "Queremos um credito do BID para saneamento mas o projeto nunca fica pronto",
            "A prefeitura nao tem gente para preparar os estudos que o banco pede e perdemos o prazo.",
        ),
        [
            (
                "es",
                "CL",
                "cross_cutting",
                "Unidad de preinversión: preparación de proyectos para la banca multilateral",
                "Asistencia para preparar estudios de factibilidad y expedientes que exigen el IDB, el CAF y el Banco Mundial.",
            )
        ],
        [
            (
                "en",
                "US",
                "climate",
                "Sanitation marketing for household latrines",
                "Behaviour change campaigns so households build latrines.",
            ),
            (
                "fr",
                "FR",
                "msme",
                "Crédit-bail pour PME",
                "Financement par crédit-bail d'équipements de PME.",
            ),
        ],
    ),
    (
        (
            "fr",
            "HT",
            None,
            "Les cours d'eau débordent et personne n'est prévenu",
            "Quand il pleut fort en montagne, l'eau descend en quelques heures et surprend les gens dans la vallée.",
        ),
        [
            (
                "en",
                "US",
                "climate",
                "Community flood early warning systems",
                "River gauges, rain sensors and SMS alerts managed with communities downstream.",
            )
        ],
        [
            (
                "es",
                "MX",
                "climate",
                "Tratamiento de aguas residuales",
                "Plantas de tratamiento de aguas residuales municipales.",
            ),
            (
                "pt",
                "BR",
                "msme",
                "Turismo de montanha e trilhas",
                "Promoção de trilhas e turismo de montanha.",
            ),
        ],
    ),
    (
        (
            "en",
            "GD",
            None,
            "Our nutmeg farmers sell the raw seed for almost nothing",
            "All the value is made abroad; we export the nut in bags and buy back the oil and the spices.",
        ),
        [
            (
                "fr",
                "FR",
                "msme",
                "Transformation locale des épices et indications géographiques",
                "Unités de transformation (huiles essentielles, poudres), labels d'origine et accès aux marchés de niche.",
            )
        ],
        [
            (
                "es",
                "CR",
                "climate",
                "Semillas nativas en bancos de germoplasma",
                "Conservación de semillas nativas en bancos comunitarios.",
            ),
            (
                "pt",
                "BR",
                "msme",
                "Crédito rural para máquinas",
                "Financiamento de máquinas agrícolas para pequenos produtores.",
            ),
        ],
    ),
    (
        (
            "es",
            "PE",
            None,
            "En la sierra los niños están bajitos para su edad",
            "Casi la mitad de los chicos de las comunidades no crecen lo que deberían y se enferman seguido.",
        ),
        [
            (
                "pt",
                "BR",
                "health",
                "Combate à desnutrição crônica infantil",
                "Acompanhamento do crescimento, suplementação de micronutrientes e transferências condicionadas à saúde.",
            )
        ],
        [
            (
                "en",
                "US",
                "education",
                "Mountain schools' sports programmes",
                "After-school sports for children in mountain towns.",
            ),
            (
                "fr",
                "CA",
                "health",
                "Soins dentaires pour enfants",
                "Dépistage et soins dentaires gratuits à l'école.",
            ),
        ],
    ),
    (
        (
            "pt",
            "BR",
            None,
            "Os processos da prefeitura ainda andam em papel de mesa em mesa",
            "Um alvara leva meses porque a pasta se perde entre as secretarias.",
        ),
        [
            (
                "es",
                "UY",
                "digital",
                "Expediente electrónico y trámites en línea",
                "Sistema de expediente electrónico para toda la administración, firma digital y seguimiento en línea.",
            )
        ],
        [
            (
                "en",
                "US",
                "msme",
                "Paper and cardboard recycling cooperatives",
                "Support to cooperatives that collect and sell paper.",
            ),
            (
                "fr",
                "FR",
                "cross_cutting",
                "Bureaux de vote et dépouillement",
                "Organisation des bureaux de vote.",
            ),
        ],
    ),
    (
        (
            "fr",
            "ML",
            None,
            "On nous vend des médicaments faux au marché",
            "Des comprimés sans effet ou dangereux se vendent partout et les malades ne guérissent pas.",
        ),
        [
            (
                "en",
                "US",
                "health",
                "Strengthening medicine regulators against falsified drugs",
                "Inspection, laboratory testing, track-and-trace of medicines and action against illegal sellers.",
            )
        ],
        [
            (
                "es",
                "CO",
                "msme",
                "Plazas de mercado y comercio popular",
                "Modernización de plazas de mercado municipales.",
            ),
            (
                "pt",
                "BR",
                "health",
                "Farmácias populares",
                "Rede de farmácias com remédios subsidiados.",
            ),
        ],
    ),
    (
        (
            "en",
            "LC",
            None,
            "Our young people have nothing to do after school and end up in trouble",
            "Teenagers hang around the block in the afternoons and some get pulled into drugs.",
        ),
        [
            (
                "es",
                "CO",
                "education",
                "Centros juveniles de arte y deporte en barrios vulnerables",
                "Escuelas de música, deporte y artes en la tarde para adolescentes en riesgo, con mentores.",
            )
        ],
        [
            (
                "pt",
                "BR",
                "health",
                "Tratamento de dependência química em adultos",
                "Comunidades terapêuticas para adultos dependentes.",
            ),
            (
                "fr",
                "FR",
                "education",
                "Réforme du baccalauréat",
                "Nouvelle organisation des examens de fin d'études.",
            ),
        ],
    ),
    (
        (
            "es",
            "DO",
            None,
            "Los apagones dañan las vacunas en los centros de salud",
            "Cuando se va la luz las neveras se calientan y hay que botar las dosis.",
        ),
        [
            (
                "fr",
                "FR",
                "health",
                "Chaîne du froid solaire pour les vaccins",
                "Réfrigérateurs solaires à accumulation de glace et suivi de la température des vaccins.",
            )
        ],
        [
            (
                "en",
                "US",
                "digital",
                "Power grid modernisation",
                "Smart meters and grid upgrades for electricity utilities.",
            ),
            (
                "pt",
                "BR",
                "health",
                "Campanhas de vacinação contra a gripe",
                "Campanhas anuais de vacinação contra a gripe.",
            ),
        ],
    ),
    (
        (
            "pt",
            "BR",
            None,
            "Os catadores trabalham no lixao sem nenhuma protecao",
            "Familias inteiras vivem de separar lixo a ceu aberto e as criancas vao junto.",
        ),
        [
            (
                "es",
                "CO",
                "work",
                "Inclusión de recicladores de oficio en la gestión de residuos",
                "Formalización de recicladores en cooperativas, pago por tonelada y centros de acopio seguros.",
            )
        ],
        [
            (
                "en",
                "US",
                "climate",
                "Landfill gas to energy",
                "Capturing methane from landfills to produce electricity.",
            ),
            (
                "fr",
                "CA",
                "work",
                "Équipements de protection des travailleurs du bâtiment",
                "Normes de casques et harnais sur les chantiers.",
            ),
        ],
    ),
    (
        (
            "fr",
            "CA",
            None,
            "Les urgences débordent de gens qui devraient voir un médecin de famille",
            "Il faut attendre des heures pour une otite parce que personne n'a de médecin attitré.",
        ),
        [
            (
                "es",
                "CR",
                "health",
                "Equipos básicos de atención integral en salud (EBAIS)",
                "Equipos de atención primaria asignados a cada comunidad, con médico, enfermera y técnico.",
            )
        ],
        [
            (
                "en",
                "US",
                "health",
                "Hospital emergency department design",
                "Architecture of emergency rooms for patient flow.",
            ),
            (
                "pt",
                "BR",
                "work",
                "Médicos estrangeiros e revalidação de diplomas",
                "Revalidação de diplomas de medicina obtidos no exterior.",
            ),
        ],
    ),
    (
        (
            "en",
            "DM",
            None,
            "After every storm the island is cut off for days",
            "The only road to the capital falls into the river and the villages on the east coast wait for help.",
        ),
        [
            (
                "pt",
                "BR",
                "climate",
                "Infraestrutura viária resiliente a eventos extremos",
                "Projeto de pontes e estradas resistentes a enchentes, drenagem e planos de reabertura rápida.",
            )
        ],
        [
            (
                "es",
                "MX",
                "msme",
                "Turismo de cruceros en islas",
                "Desarrollo de terminales de cruceros en islas del Caribe.",
            ),
            (
                "fr",
                "FR",
                "climate",
                "Prévision des tempêtes de sable",
                "Modèles de prévision des tempêtes de sable.",
            ),
        ],
    ),
    (
        (
            "es",
            "NI",
            None,
            "La OPS dice que tenemos muchas muertes por mordeduras de serpiente",
            "En el campo la gente llega tarde al centro de salud y no hay suero.",
        ),
        [
            (
                "fr",
                "FR",
                "health",
                "Production et distribution d'antivenins",
                "Fabrication d'antivenins, stocks dans les centres de santé ruraux et formation des soignants.",
            )
        ],
        [
            (
                "en",
                "US",
                "health",
                "PAHO vaccination week",
                "Support to PAHO's vaccination week in the Americas.",
            ),
            (
                "pt",
                "BR",
                "climate",
                "Manejo de fauna silvestre em rodovias",
                "Passagens de fauna para reduzir atropelamentos de animais.",
            ),
        ],
    ),
    (
        (
            "pt",
            "BR",
            None,
            "Os presos saem da cadeia e voltam a cometer crime em poucos meses",
            "Não ha nenhum trabalho nem estudo la dentro e fora ninguem contrata ex-detento.",
        ),
        [
            (
                "en",
                "CA",
                "cross_cutting",
                "Prisoner rehabilitation and reintegration programmes",
                "Education and vocational training in prison, employer partnerships and post-release support.",
            )
        ],
        [
            (
                "es",
                "MX",
                "cross_cutting",
                "Construcción de cárceles de máxima seguridad",
                "Diseño de centros penitenciarios de máxima seguridad.",
            ),
            ("fr", "FR", "work", "Travail intérimaire", "Réglementation des agences d'intérim."),
        ],
    ),
    (
        (
            "fr",
            "HT",
            None,
            "Les gens ne font pas confiance aux banques et gardent l'argent sous le matelas",
            "Personne n'a de compte et l'épargne se perd dans les incendies ou les vols.",
        ),
        [
            (
                "es",
                "MX",
                "msme",
                "Educación financiera e inclusión bancaria",
                "Cuentas de ahorro simplificadas, corresponsales bancarios y talleres de educación financiera.",
            )
        ],
        [
            (
                "en",
                "US",
                "climate",
                "Home fire prevention",
                "Smoke detectors and fire safety in homes.",
            ),
            (
                "pt",
                "BR",
                "cross_cutting",
                "Bancos de alimentos municipais",
                "Rede de bancos de alimentos para doações.",
            ),
        ],
    ),
    # Needs nobody answers: whatever they are pushed is wrong.
    (
        (
            "es",
            "PA",
            None,
            "Los monos aulladores se electrocutan en los cables",
            "En la carretera de la costa los monos cruzan por los cables de luz y mueren.",
        ),
        [],
        [
            (
                "en",
                "US",
                "digital",
                "Cable television regulation",
                "Licensing of cable television operators.",
            ),
            (
                "pt",
                "BR",
                "health",
                "Choque elétrico: primeiros socorros",
                "Cursos de primeiros socorros para eletricistas.",
            ),
        ],
    ),
    (
        (
            "en",
            "KN",
            None,
            "Monkeys raid the farms and ruin the harvest",
            "Vervet monkeys eat the crops before they ripen and farmers give up planting.",
        ),
        [],
        [
            (
                "fr",
                "FR",
                "msme",
                "Assurance récolte pour les agriculteurs",
                "Assurance indicielle contre les pertes de récolte.",
            ),
            (
                "es",
                "AR",
                "msme",
                "Cosecha mecanizada de caña",
                "Mecanización de la cosecha de caña de azúcar.",
            ),
        ],
    ),
    (
        (
            "pt",
            "BR",
            None,
            "Os cartorios cobram caro demais para registrar um imovel",
            "Uma familia pobre paga mais no cartorio do que vale o terreno.",
        ),
        [],
        [
            (
                "es",
                "ES",
                "msme",
                "Registro de marcas para pymes",
                "Asesoría para registrar marcas comerciales.",
            ),
            (
                "en",
                "US",
                "climate",
                "Property-level flood protection",
                "Flood barriers for individual homes.",
            ),
        ],
    ),
    (
        (
            "fr",
            "CA",
            None,
            "Les ours entrent dans les villages du nord",
            "Avec la fonte de la banquise les ours polaires viennent chercher à manger près des maisons.",
        ),
        [],
        [
            (
                "es",
                "CL",
                "climate",
                "Monitoreo de glaciares andinos",
                "Medición del retroceso de glaciares.",
            ),
            (
                "pt",
                "BR",
                "msme",
                "Turismo de observação de aves",
                "Roteiros de observação de aves na Amazônia.",
            ),
        ],
    ),
    (
        (
            "es",
            "UY",
            None,
            "Las murgas de carnaval no tienen dónde ensayar",
            "Los grupos ensayan en la calle y los vecinos se quejan del ruido.",
        ),
        [],
        [
            (
                "en",
                "US",
                "msme",
                "Noise insulation for airports",
                "Soundproofing homes near airports.",
            ),
            (
                "fr",
                "FR",
                "education",
                "Conservatoires de musique classique",
                "Réseau de conservatoires municipaux.",
            ),
        ],
    ),
    (
        (
            "en",
            "BS",
            None,
            "Invasive casuarina trees are taking over our beaches",
            "The trees push out native plants, their roots fall over in storms and the turtles cannot nest.",
        ),
        [],
        [
            (
                "pt",
                "BR",
                "climate",
                "Reflorestamento com eucalipto",
                "Plantio de eucalipto para produção de celulose.",
            ),
            (
                "es",
                "MX",
                "msme",
                "Sillas de playa para hoteles",
                "Mobiliario de playa para hoteles.",
            ),
        ],
    ),
]

SEED = 28


def _row(prefix: str, kind: str, text: Text) -> dict[str, object]:
    language, country, area, title, description = text
    row: dict[str, object] = {"id": prefix, "kind": kind, "language": language}
    row["country"] = country
    if area:
        row["area"] = area
    row["title"], row["description"] = title, description
    return row


def split() -> tuple[list[int], list[int]]:
    """Theme numbers dealt to development and held-out (half each; answered and
    unanswered needs dealt separately so each part has both)."""
    rng = random.Random(SEED)
    answered = [i for i, t in enumerate(THEMES) if t[1]]
    unanswered = [i for i, t in enumerate(THEMES) if not t[1]]
    rng.shuffle(answered)
    rng.shuffle(unanswered)
    dev = answered[: len(answered) // 2] + unanswered[: len(unanswered) // 2]
    held = answered[len(answered) // 2 :] + unanswered[len(unanswered) // 2 :]
    return sorted(dev), sorted(held)


def write(name: str, numbers: list[int]) -> None:
    rows: list[dict[str, object]] = []
    labels: dict[str, list[str]] = {}
    for i in numbers:
        need, relevant, distractors = THEMES[i]
        n = f"c{i + 1:02d}"
        rows.append(_row(f"{n}n", "need", need))
        labels[f"{n}n"] = []
        for j, offer in enumerate(relevant):
            rows.append(_row(f"{n}r{j + 1}", "offer", offer))
            labels[f"{n}n"].append(f"{n}r{j + 1}")
        for j, offer in enumerate(distractors):
            rows.append(_row(f"{n}d{j + 1}", "offer", offer))
    with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    (HERE / f"{name}_labels.json").write_text(json.dumps(labels, indent=1) + "\n")


if __name__ == "__main__":
    dev, held = split()
    write("matching_cal_dev", dev)
    write("matching_cal_holdout", held)
    print(f"development: {len(dev)} themes, held-out: {len(held)} themes")
