// Pure analysis stage; see Analyze.swift.
import BoomerangModel
