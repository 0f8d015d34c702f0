"""Privacy (PIPL): consent, anonymisation and access requests, retention, the audit log, the owner PIN.

- ``audit``: append-only record of sensitive actions (``log``, ``entries``).
- ``consent``: membership / marketing / guardian consent events; ``marketing_allowed``.
- ``anonymise``: "delete member" = anonymise; export one member's data; retention list.
- ``owner``: the owner PIN kept in the settings table (hash + failure state).
"""
