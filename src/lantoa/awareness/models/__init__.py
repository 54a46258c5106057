"""The awareness app's tables, one module per kind of exercise, re-exported here."""

from lantoa.awareness.models.checks import (
    AwarenessCheck,
    CheckPhase,
    Difficulty,
    PaperTally,
    Question,
    QuestionKind,
    QuestionStatus,
    QuestionTag,
    Response,
    ResponseItem,
)
from lantoa.awareness.models.contests import Contest, ContestEntry, ContestRound
from lantoa.awareness.models.surveys import (
    Survey,
    SurveyAnswer,
    SurveyItem,
    SurveyItemKind,
    SurveyResponse,
    SurveyState,
)

__all__ = [
    "AwarenessCheck",
    "CheckPhase",
    "Contest",
    "ContestEntry",
    "ContestRound",
    "Difficulty",
    "PaperTally",
    "Question",
    "QuestionKind",
    "QuestionStatus",
    "QuestionTag",
    "Response",
    "ResponseItem",
    "Survey",
    "SurveyAnswer",
    "SurveyItem",
    "SurveyItemKind",
    "SurveyResponse",
    "SurveyState",
]
