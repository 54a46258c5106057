"""The question bank: its writes and versions, and its .xlsx and .docx round trips."""
