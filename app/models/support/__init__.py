"""Support bundles: what a user sends to support, and how an agent opens it (no Qt, no network).

bundle.py writes the zip (a consistent copy of the workspace, the sync journal, recent logs, versions, the server
address and user name, a manifest of checksums; never a secret), pseudonyms.py replaces personal contact data with
stable placeholders, scrub.py removes what looks like a credential, archive.py checks a zip before anything is
extracted, opening.py extracts it into a folder and opens the workspace copy.
"""
