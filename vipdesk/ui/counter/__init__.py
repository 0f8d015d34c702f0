"""The counter: search box, customer list, detail pane and its tabs, enrolment, sale and return."""
