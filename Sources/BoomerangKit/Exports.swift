@_exported import BoomerangModel
