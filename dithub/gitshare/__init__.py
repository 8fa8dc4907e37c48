"""Sharing a book through git: a merge driver that understands month files, setup, and sync.

Plain Python over the git command line (git is the engine; nothing here is a sync protocol of
its own). Modules are imported one by one: `markers` is read by storage on every load, so this
package's top stays empty to keep that cheap and free of import cycles.

- markers: recognise, list and resolve conflict markers in a month file.
- driver: the three-way merge git calls for month files (`dithub merge-file`).
- git: running git; setup: registering the driver; sync: commit, pull, push.
"""
