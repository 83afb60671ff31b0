"""Synthetic, deterministic demo cases: realistic shapes, no real person.

Names are typical of the Mekong region and Indonesia (some in their own scripts, to
exercise search and printing); distributions follow the tables of IOM RRR.
"""

import datetime as dt
import random
import uuid
from collections.abc import Iterator

from rrr_desktop.domain.casefile import CaseFile, Intake, ShelterCare, StageChange, make_reference
from rrr_desktop.domain.checklist import ALL_ITEMS
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.enums import (
    AsylumStatus,
    ClosureReason,
    ConsentMethod,
    ConsentPurpose,
    ConsentState,
    DestinationOption,
    ExploitationSector,
    IdentificationType,
    ItemStatus,
    MessageKind,
    PlanComponentKind,
    ReferralSource,
    RiskFinding,
    Sex,
    Stage,
    TravelMode,
    VulnerabilityDomain,
)
from rrr_desktop.domain.people import Contact, Guardian, Person
from rrr_desktop.domain.reintegration import (
    Closure,
    DomainScore,
    FamilyAssessment,
    FollowUpVisit,
    PlanAction,
    PlanComponent,
    ReintegrationPlan,
)
from rrr_desktop.domain.return_prep import (
    RISK_FACTORS,
    ChecklistTick,
    OrgMessage,
    RiskAssessment,
    RiskFactorNote,
    TravelDocument,
    TravelLeg,
)

NAMES: dict[str, tuple[list[str], list[str], str]] = {
    # country: (given names, family names, language)
    "KH": (
        [
            "Sokha",
            "Srey Pov",
            "Dara",
            "Chanthou",
            "Sophea",
            "Bopha",
            "Kolab",
            "Sreymom",
            "Vannak",
            "Piseth",
            "Rathana",
            "Sothea",
            "សុខា",
            "ដារ៉ា",
            "សុភា",
        ],
        [
            "Chan",
            "Sok",
            "Keo",
            "Meas",
            "Chea",
            "Heng",
            "Lim",
            "Ouk",
            "Prak",
            "Seng",
            "Touch",
            "Yim",
            "ចាន់",
            "កែវ",
        ],
        "km",
    ),
    "TH": (
        [
            "Somchai",
            "Malee",
            "Siriporn",
            "Niran",
            "Kanya",
            "Pimchanok",
            "Wanida",
            "Arunee",
            "สมชาย",
            "มาลี",
            "ศิริพร",
        ],
        ["Srisuk", "Boonmee", "Chaiyaphum", "Kaewkla", "Suwannarat", "บุญมี", "ศรีสุข"],
        "th",
    ),
    "LA": (
        ["Khamla", "Noy", "Vilayvanh", "Souksavanh", "Phonsavanh", "Bounmy", "Keo", "ຄຳລາ"],
        ["Phommachanh", "Sisouphanh", "Vongsa", "Inthavong", "Keomany", "ວົງສາ"],
        "lo",
    ),
    "MM": (
        [
            "Aye Aye",
            "Thandar",
            "Moe Moe",
            "Khin Mar",
            "Hla Hla",
            "Zaw Min",
            "Kyaw Kyaw",
            "Nilar",
            "အေးအေး",
        ],
        ["", "Win", "Htun", "Oo", "Aung"],
        "my",
    ),
    "VN": (
        ["Thị Lan", "Văn Hùng", "Thị Hoa", "Thị Mai", "Văn Nam", "Thị Thu", "Thị Hương"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"],
        "vi",
    ),
    "ID": (
        ["Siti", "Sri", "Dewi", "Ayu", "Wati", "Nur", "Rina", "Budi", "Agus", "Yuliana"],
        ["Rahayu", "Susanti", "Wulandari", "Lestari", "Hidayat", "Saputra", ""],
        "id",
    ),
    "CN": (["Mei", "Fang", "Wei", "Jing"], ["Li", "Wang", "Zhang", "Liu"], "zh"),
}
ORIGINS = (["KH", "LA", "MM", "VN", "CN", "ID", "TH"], [30, 17, 13, 3, 1, 30, 6])
DESTINATIONS = {"ID": ["MY", "SA", "SG", "HK", "AE"], "default": ["TH", "MY", "CN", "SG"]}
SECTORS = (
    [
        ExploitationSector.DOMESTIC_WORK,
        ExploitationSector.SEX_WORK,
        ExploitationSector.PLANTATION,
        ExploitationSector.CONSTRUCTION,
        ExploitationSector.BEGGING,
        ExploitationSector.RESTAURANT,
        ExploitationSector.FISHING,
        ExploitationSector.FACTORY,
        ExploitationSector.OTHER,
    ],
    [740, 110, 80, 6, 4, 2, 6, 20, 32],
)
STAGES = (
    [
        Stage.INTAKE,
        Stage.SHELTER,
        Stage.RETURN_PREPARATION,
        Stage.TRAVEL,
        Stage.REINTEGRATION,
        Stage.FOLLOW_UP,
        Stage.CLOSED,
    ],
    [8, 20, 20, 4, 18, 15, 15],
)
ORDER = STAGES[0]
PROGRAMMES = ["Mekong RRR Phase II", "Indonesia Return 2026", "Regional Shelter Support"]
CASEWORKERS = ["demo", "malai", "sopheap", "dewi"]
RECEIVING = {
    "KH": "Demo Partner Phnom Penh (example)",
    "LA": "Demo Partner Vientiane (example)",
    "MM": "Demo Partner Yangon (example)",
    "VN": "Demo Partner Hanoi (example)",
    "CN": "Demo Partner Kunming (example)",
    "ID": "Demo Partner Jakarta (example)",
    "TH": "Demo Partner Chiang Rai (example)",
}


class DemoGenerator:
    def __init__(self, seed: int, org_country: str, today: dt.date, code: str = "") -> None:
        self.rng = random.Random(seed)
        self.org_country = org_country
        self.today = today
        self.code = code  # the laptop's code in each reference, as real cases have it
        self.counters: dict[int, int] = {}

    def _id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _date_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = max((end - start).days, 0)
        return start + dt.timedelta(days=self.rng.randint(0, span))

    def person(self, origin: str, intake: dt.date) -> Person:
        rng = self.rng
        given, family, lang = NAMES[origin]
        age_roll = rng.random()
        age = (
            rng.randint(18, 45)
            if age_roll < 0.77
            else (rng.randint(1, 17) if age_roll < 0.99 else 0)
        )
        sex = Sex.FEMALE if rng.random() < 0.83 else Sex.MALE
        if origin == "VN":  # Vietnamese middle names mark sex: Thị (female), Văn (male)
            marker = "Thị" if sex == Sex.FEMALE else "Văn"
            given = [g for g in given if g.startswith(marker)]
        exact_dob = rng.random() < 0.6
        dob = intake - dt.timedelta(days=age * 365 + rng.randint(0, 364)) if exact_dob else None
        return Person(
            given_name=rng.choice(given),
            family_name=rng.choice(family),
            sex=sex,
            date_of_birth=dob,
            estimated_age=None if exact_dob else age,
            estimated_on=None if exact_dob else intake,
            nationality=origin,
            languages=[lang, "en"] if rng.random() < 0.3 else [lang],
            contacts=[
                Contact(
                    id=self._id(),
                    kind="phone",
                    value=f"+{rng.randint(60, 99)} {rng.randint(100, 999)} "
                    f"{rng.randint(1000, 9999)}",
                )
            ],
            guardian=Guardian(name="Demo guardian (synthetic)", relation="appointed social worker")
            if age < 18
            else None,
            wishes=rng.choice(
                [
                    "I want to go home to my mother.",
                    "I want to work and send money.",
                    "I want to learn sewing.",
                    "I do not want to go back to my village.",
                    "I want my child to go to school.",
                ]
            ),
        )

    def case(self) -> CaseFile:
        rng = self.rng
        origin = rng.choices(*ORIGINS)[0]
        stage = rng.choices(*STAGES)[0]
        rank = ORDER.index(stage)
        intake_date = self.today - dt.timedelta(days=rng.randint(3 + 40 * rank, 60 + 120 * rank))
        year = intake_date.year
        self.counters[year] = self.counters.get(year, 0) + 1
        person = self.person(origin, intake_date)
        dest_pool = DESTINATIONS.get(origin, DESTINATIONS["default"])
        case = CaseFile(
            id=self._id(),
            reference=make_reference(self.org_country, year, self.counters[year], self.code),
            stage=stage,
            person=person,
            intake=Intake(
                intake_date=intake_date,
                referred_by=rng.choice(list(ReferralSource)),
                identification=rng.choice(list(IdentificationType)),
                exploitation_sector=rng.choices(*SECTORS)[0],
                exploitation_country=rng.choice([d for d in dest_pool if d != origin] or ["TH"]),
                origin_country=origin,
                programme=rng.choice(PROGRAMMES),
            ),
            caseworker=rng.choice(CASEWORKERS),
            receiving_org=RECEIVING[origin],
            asylum=AsylumStatus.PENDING if rng.random() < 0.02 else AsylumStatus.NONE,
            created_at=dt.datetime.combine(intake_date, dt.time(9), dt.UTC),
            updated_at=dt.datetime.combine(
                self._date_between(intake_date, self.today), dt.time(rng.randint(8, 17)), dt.UTC
            ),
        )
        self._fill(case, rank, intake_date)
        return case

    def _consent(
        self,
        case: CaseFile,
        purpose: ConsentPurpose,
        on: dt.date,
        state: ConsentState = ConsentState.GIVEN,
        scope: str = "",
    ) -> None:
        case.consents.append(
            ConsentEvent(
                id=self._id(),
                purpose=purpose,
                state=state,
                on=on,
                scope=scope,
                method=ConsentMethod.GUARDIAN if case.person.guardian else ConsentMethod.WRITTEN,
                language=case.person.languages[0],
                recorded_by=case.caseworker,
                recorded_at=dt.datetime.combine(on, dt.time(10), dt.UTC),
            )
        )

    def _fill(self, case: CaseFile, rank: int, start: dt.date) -> None:
        rng = self.rng
        day = start
        history = [
            StageChange(
                from_stage=None,
                to_stage=Stage.INTAKE,
                by=case.caseworker,
                at=dt.datetime.combine(day, dt.time(9), dt.UTC),
            )
        ]
        declined = case.stage == Stage.CLOSED and rng.random() < 0.2
        self._consent(case, ConsentPurpose.DATA_PROCESSING, day)
        self._consent(
            case,
            ConsentPurpose.ASSISTANCE,
            day,
            ConsentState.DECLINED if declined else ConsentState.GIVEN,
        )
        reached = min(rank, 5) if not declined else 0
        for step in range(1, reached + 1):
            day = min(day + dt.timedelta(days=rng.randint(5, 40)), self.today)
            history.append(
                StageChange(
                    from_stage=ORDER[step - 1],
                    to_stage=ORDER[step],
                    by=case.caseworker,
                    at=dt.datetime.combine(day, dt.time(11), dt.UTC),
                )
            )
        if case.stage == Stage.CLOSED:
            history.append(
                StageChange(
                    from_stage=history[-1].to_stage,
                    to_stage=Stage.CLOSED,
                    by=case.caseworker,
                    at=dt.datetime.combine(day, dt.time(15), dt.UTC),
                )
            )
            case.closure = Closure(
                reason=ClosureReason.DECLINED_ASSISTANCE
                if declined
                else rng.choice(
                    [ClosureReason.REINTEGRATED] * 6
                    + [ClosureReason.LOST_CONTACT, ClosureReason.MOVED_ON]
                ),
                on=day,
                by=case.caseworker,
                retention_until=day + dt.timedelta(days=365 * 5),
            )
        case.stage_history = history
        if rank >= 1 and not declined:
            case.shelter = ShelterCare(
                shelter_name="Demo Shelter (synthetic)",
                admitted_on=start,
                services_received=rng.sample(
                    [
                        "food",
                        "accommodation",
                        "basic medical care",
                        "psychosocial counselling",
                        "legal information",
                    ],
                    3,
                ),
                security_measures="Address withheld; visits by appointment.",
            )
            self._consent(case, ConsentPurpose.MEDICAL_EXAMINATION, start)
        if rank >= 2 and not declined:
            self._return_preparation(case, rank, start)
        if rank >= 4 and not declined:
            self._reintegration(case, start)

    def _return_preparation(self, case: CaseFile, rank: int, start: dt.date) -> None:
        rng = self.rng
        day = start + dt.timedelta(days=20)
        self._consent(case, ConsentPurpose.VOLUNTARY_RETURN, day)
        self._consent(case, ConsentPurpose.SHARE_WITH_RECEIVING_ORG, day, scope=case.receiving_org)
        self._consent(case, ConsentPurpose.FAMILY_TRACING, day)
        if case.asylum == AsylumStatus.NONE:
            self._consent(case, ConsentPurpose.EMBASSY_CONTACT, day)
        complete = rank >= 3
        if complete or rng.random() < 0.7:
            finding = (
                RiskFinding.NO_KNOWN_RISK
                if rng.random() < 0.7
                else (
                    RiskFinding.RISK_WITH_MITIGATION
                    if complete or rng.random() < 0.8
                    else RiskFinding.SUSPICION_OF_HARM
                )
            )
            case.risk_assessments.append(
                RiskAssessment(
                    id=self._id(),
                    assessed_on=day,
                    assessed_by=case.caseworker,
                    finding=finding,
                    factors=[
                        RiskFactorNote(factor=k, concern=rng.random() < 0.2) for k in RISK_FACTORS
                    ],
                    mitigations="Met on arrival by partner; no return to former employer's area."
                    if finding != RiskFinding.NO_KNOWN_RISK
                    else "",
                )
            )
        keys = list(ALL_ITEMS)
        ticked = keys if complete else rng.sample(keys, rng.randint(0, len(keys)))
        case.checklist.ticks = [
            ChecklistTick(key=k, by=case.caseworker, on=day + dt.timedelta(days=rng.randint(1, 10)))
            for k in ticked
        ]
        case.checklist.wants_ngo_met_on_arrival = rng.random() < 0.8
        case.documents = [
            TravelDocument(
                id=self._id(),
                kind="travel document",
                in_hand=complete,
                copy_given_to_person=complete,
            )
        ]
        messages = list(MessageKind)
        sent = 6 if rank >= 4 else (5 if complete else rng.randint(0, 3))
        for index, kind in enumerate(messages[:sent]):
            on = day + dt.timedelta(days=3 * index)
            case.messages.append(
                OrgMessage(
                    id=self._id(), kind=kind, sent_on=on, received_on=on + dt.timedelta(days=1)
                )
            )
        if complete or rng.random() < 0.3:
            depart = dt.datetime.combine(day + dt.timedelta(days=30), dt.time(7), dt.UTC)
            case.itinerary.legs = [
                TravelLeg(
                    id=self._id(),
                    mode=TravelMode.AIR,
                    origin="BKK",
                    destination=case.intake.origin_country,
                    departs_at=depart,
                    arrives_at=depart + dt.timedelta(hours=2),
                    carrier="Demo Air",
                )
            ]
            case.itinerary.destination_country = case.intake.origin_country
            case.itinerary.met_on_arrival_by = case.receiving_org

    def _reintegration(self, case: CaseFile, start: dt.date) -> None:
        rng = self.rng
        day = start + dt.timedelta(days=60)
        self._consent(case, ConsentPurpose.REINTEGRATION_SERVICES, day)
        child = case.person.is_child_on(self.today)
        if child:
            case.reintegration.assessment.family_assessment = FamilyAssessment(
                assessed_on=day, assessed_by=case.caseworker, neglect_or_abuse_found=False
            )
        kinds = rng.sample(list(PlanComponentKind), rng.randint(2, 5))
        case.reintegration.plans = [
            ReintegrationPlan(
                version=1,
                created_on=day,
                created_by=case.caseworker,
                persons_wishes=case.person.wishes,
                caseworker_proposal="Vocational training and a small business grant.",
                destination=DestinationOption.HOME_TO_FAMILY,
                components=[
                    PlanComponent(
                        id=self._id(),
                        kind=k,
                        goal=f"Demo goal for {k.value.replace('_', ' ')}",
                        budget=float(rng.choice([0, 50, 100, 250])),
                        actions=[
                            PlanAction(
                                id=self._id(),
                                description="Demo action",
                                due_on=day + dt.timedelta(days=30),
                                status=rng.choice(list(ItemStatus)),
                            )
                        ],
                    )
                    for k in kinds
                ],
            )
        ]
        for months in (1, 3, 6, 12):
            when = day + dt.timedelta(days=30 * months)
            done = when < self.today - dt.timedelta(days=rng.randint(-5, 20))
            case.reintegration.visits.append(
                FollowUpVisit(
                    id=self._id(),
                    scheduled_on=when,
                    done_on=when if done else None,
                    by=case.caseworker if done else "",
                    scores=[
                        DomainScore(domain=d, score=rng.randint(1, 5)) for d in VulnerabilityDomain
                    ]
                    if done
                    else [],
                )
            )

    def cases(self, count: int) -> Iterator[CaseFile]:
        for _ in range(count):
            yield self.case()
