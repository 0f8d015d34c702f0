"""Members: profile and enrolment, counter search, phones, pinyin, list and detail queries, completeness, staff, cached figures, dates."""
